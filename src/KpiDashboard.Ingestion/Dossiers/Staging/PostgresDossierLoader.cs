using KpiDashboard.Ingestion.Batches.Staging;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Ingestion.Dossiers.Staging;

/// <summary>Binary COPY into the staging table: the dossiers stream to the server as they are validated.</summary>
internal sealed class PostgresDossierLoader(NpgsqlBinaryImporter importer) : IDossierLoader
{
    public static async Task<PostgresDossierLoader> OpenAsync(NpgsqlConnection connection, CancellationToken ct) =>
        new(await PostgresStagingLoader.BeginCopyAsync(connection, DossierStagingSql.Table, DossierStagingSql.Columns, ct));

    // Written synchronously into the importer's buffer, as the figures' loader does.
    public void Add(DossierRow row)
    {
        var d = row.Dates;
        importer.StartRow();
        importer.Write(row.Row, NpgsqlDbType.Integer);
        importer.Write(row.UnitCode, NpgsqlDbType.Text);
        importer.Write(row.ProvinceCode, NpgsqlDbType.Text);
        Text(row.CommuneCode);
        importer.Write(row.Code, NpgsqlDbType.Text);
        importer.Write(row.ProcedureCode, NpgsqlDbType.Text);
        Text(row.ProcedureName);
        importer.Write(row.FieldCode, NpgsqlDbType.Text);
        importer.Write(d.Online, NpgsqlDbType.Boolean);
        importer.Write(d.ReceivedOn, NpgsqlDbType.Date);
        importer.Write(d.DueOn, NpgsqlDbType.Date);
        Integer(row.HandlingDays);
        importer.Write(d.SupplementRequests, NpgsqlDbType.Integer);
        importer.Write(d.SupplementDays, NpgsqlDbType.Integer);
        if (d.FinishedOn is { } f) importer.Write(f, NpgsqlDbType.Date);
        else importer.WriteNull();
        Integer((int?)d.Outcome);
        Text(row.OldProvinceCode);
        Text(row.OldCommuneCode);
        importer.Write(row.DueFromHandlingDays, NpgsqlDbType.Boolean);
    }

    private void Text(string? value)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, NpgsqlDbType.Text);
    }

    private void Integer(int? value)
    {
        if (value is { } v) importer.Write(v, NpgsqlDbType.Integer);
        else importer.WriteNull();
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await importer.CompleteAsync(ct);
        await importer.CloseAsync(ct);
    }

    public ValueTask DisposeAsync() => importer.DisposeAsync();
}
