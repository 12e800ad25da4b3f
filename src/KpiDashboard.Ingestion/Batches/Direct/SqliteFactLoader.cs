using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Ingestion.Figures;
using Microsoft.Data.Sqlite;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>A first load's rows straight into Facts, by the staging table's prepared INSERT (<see cref="SqliteStagingLoader"/>).</summary>
internal static class SqliteFactLoader
{
    public static SqliteStagingLoader Open(SqliteConnection connection, int batchId, bool isDemo)
    {
        var insert = new SqliteRowInsert(connection, "\"Facts\"", FactColumns.All);
        // Bound once: a binding stays until it is rebound.
        insert.Bind(5, batchId);
        insert.Bind(6, isDemo ? 1 : 0);
        return new SqliteStagingLoader(insert, BindKey);
    }

    private static void BindKey(SqliteRowInsert insert, FigureRow row)
    {
        insert.Bind(1, row.Key.Period);
        insert.Bind(2, row.Key.ProvinceCode);
        insert.Bind(3, FactColumns.CommuneCode(row));
        insert.Bind(4, row.Key.FieldCode);
    }
}
