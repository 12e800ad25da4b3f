using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Ingestion.Figures;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>A first load's rows straight into Facts, by the staging table's binary COPY (<see cref="PostgresStagingLoader"/>).</summary>
internal static class PostgresFactLoader
{
    public static async Task<PostgresStagingLoader> OpenAsync(NpgsqlConnection connection, int batchId, bool isDemo, CancellationToken ct) =>
        new(await PostgresStagingLoader.BeginCopyAsync(connection, "\"Facts\"", FactColumns.All, ct), (importer, row) =>
        {
            importer.Write(row.Key.Period, NpgsqlDbType.Integer);
            importer.Write(row.Key.ProvinceCode, NpgsqlDbType.Varchar);
            if (FactColumns.CommuneCode(row) is { } commune) importer.Write(commune, NpgsqlDbType.Varchar);
            else importer.WriteNull();
            importer.Write(row.Key.FieldCode, NpgsqlDbType.Varchar);
            importer.Write(batchId, NpgsqlDbType.Integer);
            importer.Write(isDemo, NpgsqlDbType.Boolean);
        });
}
