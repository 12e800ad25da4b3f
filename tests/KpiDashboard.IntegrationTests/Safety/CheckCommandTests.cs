using System.Data.Common;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>`kpi check`: SQLite's integrity_check and the product's invariants, exit 1 with the findings listed.</summary>
public sealed class CheckCommandTests : DatabaseTest
{
    protected override async Task SeedAsync()
    {
        var file = Path.Combine(Database.Folder, "figures.csv");
        await File.WriteAllTextAsync(file, Csv.Header +
            "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n2025-07,25,,TSVTD,5,5,,3,,,,\n2025-07,01,,SHTT,10,10,10,10,5,5,5,5\n");
        var run = await KpiProcess.RunAsync(Database, "ingest", file);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public async Task A_sound_database_passes()
    {
        var run = await KpiProcess.RunAsync(Database, "check", "--json");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("\"ok\": true", run.Out);
    }

    [Fact]
    public async Task A_summary_row_altered_by_sql_fails_the_summaries_invariant()
    {
        await ExecuteAsync("UPDATE \"FactSummaries\" SET \"Received\" = \"Received\" + 1 WHERE \"ProvinceCode\" = '25' AND \"FieldCode\" = ''");
        var run = await KpiProcess.RunAsync(Database, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("summaries:", run.Out);
        Assert.Contains("province '25'", run.Out);
    }

    [Fact]
    public async Task A_fact_whose_batch_is_gone_fails_the_batches_invariant()
    {
        await ExecuteAsync(Database.Provider == DatabaseProvider.Postgres
            ? "SET session_replication_role = replica; DELETE FROM \"FactChanges\"; DELETE FROM \"Batches\";"
            : "PRAGMA foreign_keys = OFF; DELETE FROM \"FactChanges\"; DELETE FROM \"Batches\";");
        var run = await KpiProcess.RunAsync(Database, "check", "--quick");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("batch #1", run.Out);
    }

    [Fact, Trait("Database", "Sqlite")]
    public async Task Garbage_in_the_middle_of_an_index_fails_integrity_check()
    {
        // A SQLite file whatever the provider under test: this is damage to a file.
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(db.Folder, "figures.csv");
        await File.WriteAllTextAsync(file, Csv.Header + string.Concat(Enumerable.Range(1, 9).Select(m => $"2025-0{m},25,,SHTT,20,14,6,20,7,0,12,1\n")));
        Assert.Equal(0, (await KpiProcess.RunAsync(db, "ingest", file)).ExitCode);
        Assert.Equal(0, (await KpiProcess.RunAsync(db, "check")).ExitCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        SqliteDamage.CorruptIndex(db.Path, KpiDatabase.NaturalKeyIndex);

        var run = await KpiProcess.RunAsync(db, "check");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("integrity_check:", run.Out);
        Assert.Contains("problem(s) found", run.Error);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = Database.Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
