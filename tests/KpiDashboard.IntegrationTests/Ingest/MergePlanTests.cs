using System.Data.Common;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Data;

namespace KpiDashboard.IntegrationTests.Ingest;

/// <summary>
/// A month ingested into a national database compares each staged row with its fact: SQLite must seek the natural key
/// by all four of its columns, or it scans every commune and field of the province for each row (minutes for a
/// re-ingest of a million rows).
/// </summary>
public sealed class MergePlanTests
{
    [Fact]
    public async Task The_merge_and_the_key_checks_seek_each_fact_by_its_whole_natural_key()
    {
        await using var db = await TestDatabase.CreateAsync();
        var sql = new StagingSql(db.Provider == DatabaseProvider.Postgres);
        await using var connection = db.Connect();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, transaction, sql.CreateStaging());
        var measures = Enum.GetValues<FigureColumn>().Where(c => c >= FigureColumn.ReceivedOnline).ToHashSet();

        foreach (var statement in new[] { sql.CreateMerged(measures), sql.KeyChecks() })
        {
            var plan = await ExplainAsync(connection, transaction, db.Provider, statement);
            Assert.Contains("Facts", plan);
            if (db.Provider == DatabaseProvider.Sqlite)
                Assert.Contains(plan.Split('\n'), line => line.Contains("IX_Facts_NaturalKey") && line.Contains("FieldCode=?"));
        }
    }

    private static async Task<string> ExplainAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, string statement)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = (provider == DatabaseProvider.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + statement;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetValue(reader.FieldCount - 1).ToString()!);
        return string.Join('\n', lines);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string statement)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement;
        await command.ExecuteNonQueryAsync();
    }
}
