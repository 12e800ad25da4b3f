using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Ingestion.Figures;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>A first load's rows straight into Facts by binary COPY, streamed to the server as they are validated.</summary>
internal sealed class PostgresFactLoader(NpgsqlBinaryImporter importer, int batchId, bool isDemo) : IStagingLoader
{
    public static async Task<PostgresFactLoader> OpenAsync(NpgsqlConnection connection, int batchId, bool isDemo, CancellationToken ct) =>
        new(await PostgresStagingLoader.BeginCopyAsync(connection, "\"Facts\"", FactColumns.All, ct), batchId, isDemo);

    private readonly int?[] _measures = new int?[StagingSql.Measures.Length];

    // Synchronous writes into the importer's buffer, as PostgresStagingLoader does.
    public ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        importer.StartRow();
        importer.Write(row.Key.Period, NpgsqlDbType.Integer);
        importer.Write(row.Key.ProvinceCode, NpgsqlDbType.Varchar);
        if (FactColumns.CommuneCode(row) is { } commune) importer.Write(commune, NpgsqlDbType.Varchar);
        else importer.WriteNull();
        importer.Write(row.Key.FieldCode, NpgsqlDbType.Varchar);
        importer.Write(batchId, NpgsqlDbType.Integer);
        importer.Write(isDemo, NpgsqlDbType.Boolean);
        StagedRow.Measures(row, _measures);
        foreach (var measure in _measures)
        {
            if (measure is { } value) importer.Write(value, NpgsqlDbType.Integer);
            else importer.WriteNull();
        }
        return ValueTask.CompletedTask;
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await importer.CompleteAsync(ct);
        await importer.CloseAsync(ct);
    }

    public ValueTask DisposeAsync() => importer.DisposeAsync();
}
