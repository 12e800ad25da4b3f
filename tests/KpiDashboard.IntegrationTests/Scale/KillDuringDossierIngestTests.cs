using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Safety;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Scale;

/// <summary>
/// A dossier list's batch killed (SIGKILL, no clean-up) at each stage of its transaction: the dossiers staged, the dossiers
/// being copied into Dossiers (on a first list with its indexes dropped), or copied and not yet committed. Nothing of it
/// may remain, Dossiers keeps its indexes, and the same list then loads.
/// </summary>
public sealed class KillDuringDossierIngestTests
{
    // About a second of copying and index building after the kill point on SQLite.
    private const int Rows = 150_000;

    /// <param name="killAfter">The phase after which the process is killed, as `kpi --verbose` logs it: "summaries" ends
    /// just before the dossiers are copied in.</param>
    [Theory]
    [InlineData("read+validate+count dossiers and stage dossiers")]
    [InlineData("summaries")]
    [InlineData("alongside")]
    public async Task Sigkill_during_a_first_list_leaves_no_dossier_and_no_batch_and_the_same_list_then_loads(string killAfter)
    {
        await using var db = await TestDatabase.CreateAsync();
        var list = DossierLists.Write(db.Folder, "ho-so.csv", Rows);
        await KilledAfterChangesNothingAsync(db, killAfter, list);
        var run = await KpiProcess.RunAsync(db, "ingest", list);
        Assert.True(run.ExitCode == 0, run.Error);
        await using var context = db.Open();
        Assert.Equal(Rows, await context.Dossiers.CountAsync());
        Assert.Equal(1, await context.Batches.CountAsync());
        Assert.Empty(await SummaryInvariant.RunAsync(context, DatabaseCheck.Limit, CancellationToken.None));
    }

    [Fact]
    public async Task Sigkill_while_a_corrected_list_replaces_the_stored_dossiers_keeps_the_first_list_whole()
    {
        await using var db = await TestDatabase.CreateAsync();
        var first = DossierLists.Write(db.Folder, "ho-so.csv", Rows);
        var corrected = DossierLists.Write(db.Folder, "ho-so-sua.csv", Rows, corrected: true);
        var loaded = await KpiProcess.RunAsync(db, "ingest", first);
        Assert.True(loaded.ExitCode == 0, loaded.Error);
        await KilledAfterChangesNothingAsync(db, "summaries", corrected);
        var run = await KpiProcess.RunAsync(db, "ingest", corrected);
        Assert.True(run.ExitCode == 0, run.Error);
        await using var context = db.Open();
        Assert.Equal(Rows, await context.Dossiers.CountAsync());
        Assert.Equal(2, await context.Batches.CountAsync());
        var latest = await context.Batches.MaxAsync(b => b.Id);
        // Every tenth dossier finishes a day later, unless it is pending: those, and only those, are rewritten and kept.
        var changed = await context.Dossiers.CountAsync(d => d.BatchId == latest);
        Assert.InRange(changed, Rows / 20, Rows / 10);
        Assert.Equal(changed, await context.ReplacedDossiers.CountAsync(d => d.ReplacedByBatchId == latest));
        Assert.Empty(await SummaryInvariant.RunAsync(context, DatabaseCheck.Limit, CancellationToken.None));
    }

    /// <summary>`kpi ingest` of the list killed once it logs the phase: the database as before, Dossiers' indexes too.</summary>
    private static async Task KilledAfterChangesNothingAsync(TestDatabase db, string phase, string list)
    {
        var before = await db.DumpAsync();
        var catalogue = await TableCatalogue.ReadAsync(db, "Dossiers");

        // On PostgreSQL the last phases before the commit take milliseconds, so the kill could come after it: the batch
        // is held at its next write to Submissions (which comes after every phase killed here) until it is killed.
        await using var holder = db.Provider == DatabaseProvider.Postgres ? db.Connect() : null;
        if (holder is not null)
        {
            await holder.OpenAsync();
            await using var hold = holder.CreateCommand();
            hold.CommandText = "BEGIN; LOCK TABLE \"Submissions\" IN EXCLUSIVE MODE";
            await hold.ExecuteNonQueryAsync();
        }
        // On SQLite no other connection can hold the batch (it is the writer), so its own write to Submissions runs a trigger
        // that cannot finish in time: a join of the copied dossiers with themselves.
        if (db.Provider == DatabaseProvider.Sqlite) await SqliteAsync(db, HoldAtSubmissions);
        var (killed, exitCode) = await KpiProcess.KillAfterAsync(db, $"Batch phase {phase}", "--verbose", "ingest", list);
        Assert.True(killed, $"the ingest ended before the phase {phase}");
        Assert.NotEqual(0, exitCode);
        if (holder is not null) await holder.CloseAsync();
        if (db.Provider == DatabaseProvider.Sqlite) await SqliteAsync(db, "DROP TRIGGER hold_insert; DROP TRIGGER hold_update;");

        Assert.Equal(before, await db.DumpAsync());
        Assert.Equal(catalogue, await TableCatalogue.ReadAsync(db, "Dossiers"));
    }

    private const string Endless = "SELECT COUNT(*) FROM \"Dossiers\" a, \"Dossiers\" b, \"Dossiers\" c;";

    private const string HoldAtSubmissions =
        $"CREATE TRIGGER hold_insert AFTER INSERT ON \"Submissions\" BEGIN {Endless} END; " +
        $"CREATE TRIGGER hold_update AFTER UPDATE ON \"Submissions\" BEGIN {Endless} END;";

    private static async Task SqliteAsync(TestDatabase db, string sql)
    {
        await using var connection = db.Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
