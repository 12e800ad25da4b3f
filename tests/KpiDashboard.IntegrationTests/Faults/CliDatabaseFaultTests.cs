using KpiDashboard.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using static KpiDashboard.IntegrationTests.Faults.FaultFiles;

namespace KpiDashboard.IntegrationTests.Faults;

/// <summary>
/// A damaged, foreign, read-only or locked SQLite file, and an unreachable PostgreSQL server, met by the real `kpi`
/// process: exit code 1 and one sentence naming the database and what to do, never "Unhandled exception" and a trace.
/// Read-only is made so that it holds for root too (chmod does not stop root): chattr +i on the file, and a tmpfs
/// remounted read-only for the folder.
/// The test makes its own SQLite files and never reads the pass's provider, so it runs in the SQLite pass only.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class CliDatabaseFaultTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kpi-faults", Guid.NewGuid().ToString("N"));
    private readonly List<Func<Task>> _cleanup = [];

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var step in Enumerable.Reverse(_cleanup)) await step();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private async Task<string> SeededAsync(string name)
    {
        var path = Path.Combine(_folder, name);
        var figures = Figures(_folder, name + ".csv", 18);
        var ingest = await Kpi(path, "ingest", figures);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        return path;
    }

    private const string Restore = "restore a backup with kpi restore";
    private const string Writable = "make the file and its folder writable";

    [Fact]
    public async Task A_truncated_file_is_named_with_the_advice_to_restore()
    {
        var path = await SeededAsync("truncated.db");
        await using (var file = File.OpenWrite(path)) file.SetLength(file.Length / 2);
        AssertOneSentence(await Kpi(path, "query", "--period", "2000-06", "--json"), path, Restore);
    }

    [Fact]
    public async Task A_file_of_random_bytes_is_not_a_database()
    {
        var path = Path.Combine(_folder, "random.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251)).ToArray());
        AssertOneSentence(await Kpi(path, "batches"), path, Restore);
    }

    [Fact]
    public async Task Garbage_written_into_the_middle_is_a_damaged_database()
    {
        var path = await SeededAsync("malformed.db");
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = file.Length / 3;
            file.Write(Enumerable.Range(0, (int)(file.Length / 3)).Select(i => (byte)(i * 31 % 253)).ToArray());
        }
        AssertOneSentence(await Kpi(path, "query", "--period", "2000-06", "--json"), path, Restore);
    }

    [Fact]
    public async Task A_read_only_file_is_named_with_the_advice_to_make_it_writable()
    {
        await Processes.RequireRootAsync();
        var path = await SeededAsync("immutable.db");
        var figures = Figures(_folder, "more.csv", 1);
        await Processes.MustAsync("chattr", "+i", path);
        _cleanup.Add(() => Processes.MustAsync("chattr", "-i", path));
        AssertOneSentence(await Kpi(path, "ingest", figures), path, Writable);
    }

    [Fact]
    public async Task A_read_only_folder_is_named_with_the_advice_to_make_it_writable()
    {
        await Processes.RequireRootAsync();
        var mount = Path.Combine(_folder, "mount");
        Directory.CreateDirectory(mount);
        await Processes.MustAsync("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount);
        _cleanup.Add(() => Processes.MustAsync("umount", mount));
        var path = Path.Combine(mount, "kpi.db");
        // A write command creates the database (a read command refuses a file that does not exist).
        Assert.Equal(0, (await Kpi(path, "ingest", Figures(_folder, "first.csv", 1))).ExitCode);
        await Processes.MustAsync("mount", "-o", "remount,ro", mount);
        AssertOneSentence(await Kpi(path, "ingest", Figures(_folder, "more.csv", 1)), path, Writable);
    }

    [Fact]
    public async Task A_database_locked_by_another_process_past_the_busy_timeout_says_retry_later()
    {
        var path = await SeededAsync("locked.db");
        var figures = Figures(_folder, "more.csv", 1);
        // This test process is the other process: it holds the write lock while `kpi ingest` waits its one second.
        await using var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }
        AssertOneSentence(await Kpi(path, "ingest", figures), path, "retry later");
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_named_without_its_password()
    {
        var port = ThrowawayPostgres.FreePort();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kpi.dll"));
        start.ArgumentList.Add("batches");
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Kpi"] = $"Host=127.0.0.1;Port={port};Database=kpi;Username=kpi;Password=s3cret-word;Timeout=3";
        var run = await Processes.RunAsync(start);
        AssertOneSentence(run, $"PostgreSQL 127.0.0.1:{port}/kpi", "check that the database server is running");
        Assert.DoesNotContain("s3cret-word", run.Error);
    }
}
