using KpiDashboard.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using static KpiDashboard.IntegrationTests.Faults.FaultFiles;

namespace KpiDashboard.IntegrationTests.Faults;

/// <summary>
/// The disk fills during an ingest: the SQLite file lives on a 2 MB tmpfs of the test's own (mounting needs root, which
/// CI has; without it the test fails, it does not skip) and the file needs more. Exit code 1 and one sentence, the
/// database intact and without any part of the batch; with room again, the same ingest succeeds. Both ways a batch
/// writes: through staging (Facts has rows) and straight into Facts (a first load); and a first dossier list, copied into
/// Dossiers with its indexes dropped.
/// The test makes its own SQLite files and never reads the pass's provider, so it runs in the SQLite pass only.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class FullDiskTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kpi-full", Guid.NewGuid().ToString("N"));
    private string Mount => Path.Combine(_folder, "mount");
    private bool _mounted;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Mount);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_mounted) await Processes.MustAsync("umount", Mount);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task An_ingest_that_fills_the_disk_writes_nothing_exits_1_and_succeeds_once_there_is_room()
    {
        var path = await SmallDiskAsync();
        Assert.Equal(0, (await Kpi(path, "ingest", Figures(_folder, "first.csv", 1))).ExitCode);
        var before = await CountsAsync(path);

        // 180 months × 34 provinces × the built-in fields: about 1 MB of text, several MB once stored and indexed.
        var large = Figures(_folder, "large.csv", 180);
        var full = await Kpi(path, "ingest", large);
        AssertOneSentence(full, path, "free disk space");
        Assert.Equal("ok", await ScalarAsync(path, "PRAGMA integrity_check"));
        Assert.Equal(before, await CountsAsync(path));

        await Processes.MustAsync("mount", "-o", "remount,size=256m", Mount);
        var again = await Kpi(path, "ingest", large);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal("ok", await ScalarAsync(path, "PRAGMA integrity_check"));
        Assert.Equal(before.Batches + 1, (await CountsAsync(path)).Batches);
    }

    [Fact]
    public async Task A_first_load_that_fills_the_disk_writes_nothing_exits_1_and_succeeds_once_there_is_room()
    {
        var path = await SmallDiskAsync();
        // A dry run makes the database and writes no fact: the next ingest is a first load, straight into Facts.
        Assert.Equal(0, (await Kpi(path, "ingest", "--dry-run", Figures(_folder, "first.csv", 1))).ExitCode);
        var before = await CountsAsync(path);
        Assert.Equal(0, before.Facts);

        var large = Figures(_folder, "large.csv", 180);
        var full = await Kpi(path, "ingest", large);
        AssertOneSentence(full, path, "free disk space");
        Assert.Equal("ok", await ScalarAsync(path, "PRAGMA integrity_check"));
        Assert.Equal(before, await CountsAsync(path));

        await Processes.MustAsync("mount", "-o", "remount,size=256m", Mount);
        var again = await Kpi(path, "--verbose", "ingest", large);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("insert into facts", again.Error);
        Assert.Equal("ok", await ScalarAsync(path, "PRAGMA integrity_check"));
        Assert.Equal(before.Batches + 1, (await CountsAsync(path)).Batches);
    }

    [Fact]
    public async Task A_dossier_list_that_fills_the_disk_writes_nothing_keeps_the_indexes_exits_1_and_succeeds_once_there_is_room()
    {
        var path = await SmallDiskAsync();
        Assert.Equal(0, (await Kpi(path, "ingest", Figures(_folder, "first.csv", 1))).ExitCode);
        var before = await CountsAsync(path);
        var indexes = await DossierIndexesAsync(path);
        Assert.Contains("IX_Dossiers_UnitCode_Code", indexes);

        // 60,000 dossiers: 4 MB of text, more once stored and indexed. A first list: Dossiers' indexes are dropped while
        // the dossiers are copied in, and must be there again after the failure.
        var list = DossierLists.Write(_folder, "ho-so.csv", 60_000);
        var full = await Kpi(path, "ingest", list);
        AssertOneSentence(full, path, "free disk space");
        Assert.Equal("ok", await ScalarAsync(path, "PRAGMA integrity_check"));
        Assert.Equal(before, await CountsAsync(path));
        Assert.Equal(indexes, await DossierIndexesAsync(path));

        await Processes.MustAsync("mount", "-o", "remount,size=256m", Mount);
        var again = await Kpi(path, "ingest", list);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal("ok", await ScalarAsync(path, "PRAGMA integrity_check"));
        Assert.Equal((before.Batches + 1, 60_000L), ((await CountsAsync(path)).Batches, (await CountsAsync(path)).Dossiers));
        Assert.Equal(indexes, await DossierIndexesAsync(path));
    }

    /// <summary>Mounts the test's 2 MB disk; the path of a database file on it.</summary>
    private async Task<string> SmallDiskAsync()
    {
        await Processes.RequireRootAsync();
        await Processes.MustAsync("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", Mount);
        _mounted = true;
        return Path.Combine(Mount, "kpi.db");
    }

    private sealed record Counts(long Facts, long Batches, long Audit, long Changes, long Dossiers);

    private static async Task<Counts> CountsAsync(string path) => new(
        await CountAsync(path, "Facts"), await CountAsync(path, "Batches"), await CountAsync(path, "AuditEntries"), await CountAsync(path, "FactChanges"),
        await CountAsync(path, "Dossiers"));

    private static Task<string> DossierIndexesAsync(string path) =>
        ScalarAsync(path, "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE tbl_name = 'Dossiers' AND type = 'index' ORDER BY name)");

    private static async Task<long> CountAsync(string path, string table) =>
        long.Parse(await ScalarAsync(path, $"SELECT count(*) FROM \"{table}\""), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
