using KpiDashboard.Metrics.Data;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>The definitions of a table, its indexes and its keys, as the database's catalogue has them.</summary>
internal static class TableCatalogue
{
    public static async Task<List<string>> ReadAsync(TestDatabase db, string table)
    {
        await using var connection = db.Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = db.Provider == DatabaseProvider.Postgres
            ? $"SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename = '{table}' " +
              $"UNION ALL SELECT conname || ': ' || pg_get_constraintdef(oid) || ' valid=' || convalidated FROM pg_constraint WHERE conrelid = '\"{table}\"'::regclass " +
              "ORDER BY 1"
            : $"SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE tbl_name = '{table}' AND sql IS NOT NULL ORDER BY name";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
