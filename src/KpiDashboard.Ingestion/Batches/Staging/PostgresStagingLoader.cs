using KpiDashboard.Ingestion.Figures;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>Binary COPY into the staging table: the rows stream to the server as they are validated.</summary>
internal sealed class PostgresStagingLoader(NpgsqlBinaryImporter importer) : IStagingLoader
{
    public static async Task<PostgresStagingLoader> OpenAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var columns = string.Join(", ", StagingSql.Columns.Select(c => $"\"{c}\""));
        return new PostgresStagingLoader(await connection.BeginBinaryImportAsync($"COPY {StagingSql.Table} ({columns}) FROM STDIN (FORMAT BINARY)", ct));
    }

    private readonly int?[] _measures = new int?[StagingSql.Measures.Length];

    public async ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        await importer.WriteAsync(row.Row, NpgsqlDbType.Integer, ct);
        await importer.WriteAsync(row.Key.Period, NpgsqlDbType.Integer, ct);
        await importer.WriteAsync(StagedRow.PreviousPeriod(row), NpgsqlDbType.Integer, ct);
        await importer.WriteAsync(row.Key.ProvinceCode, NpgsqlDbType.Text, ct);
        await importer.WriteAsync(StagedRow.CommuneKey(row), NpgsqlDbType.Text, ct);
        await importer.WriteAsync(row.Key.FieldCode, NpgsqlDbType.Text, ct);
        StagedRow.Measures(row, _measures);
        foreach (var measure in _measures)
        {
            if (measure is { } value) await importer.WriteAsync(value, NpgsqlDbType.Integer, ct);
            else await importer.WriteNullAsync(ct);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await importer.CompleteAsync(ct);
        await importer.CloseAsync(ct);
    }

    public ValueTask DisposeAsync() => importer.DisposeAsync();
}
