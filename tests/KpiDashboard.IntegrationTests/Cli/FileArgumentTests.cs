using System.Diagnostics;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Cli;

/// <summary>
/// A FILE argument that is no file to read: a folder, a device that never ends (/dev/zero: read, it filled memory or hashed
/// forever), a pipe (opening it blocks until someone writes), or a schedule far larger than any real one. Each is
/// refused at once with one line naming the file, exit 2, and nothing written.
/// </summary>
public sealed class FileArgumentTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("ingest")]
    [InlineData("calendar import")]
    [InlineData("units import")]
    [InlineData("units import-boundaries")]
    [InlineData("fields import")]
    [InlineData("subscriptions import")]
    [InlineData("extract")]
    public async Task A_device_or_a_pipe_is_refused_at_once_and_nothing_is_written(string command)
    {
        var fifo = Path.Combine(_db.Folder, "pipe.csv");
        await Processes.MustAsync("mkfifo", fifo);
        var before = await _db.DumpAsync();
        foreach (var file in new[] { "/dev/zero", fifo })
        {
            var run = await RunWithinAsync(TimeSpan.FromSeconds(60), [.. command.Split(' '), file]);
            Assert.True(run.ExitCode == 2, $"{command} {file}: exit {run.ExitCode}, {run.Error}");
            Assert.Contains($"{Path.GetFileName(file)}: tệp rỗng hoặc không phải tệp thường / the file is empty or not a regular file", run.Error);
        }
        Assert.Equal(before, await _db.DumpAsync());
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("calendar import")]
    [InlineData("units import")]
    [InlineData("units import-boundaries")]
    [InlineData("fields import")]
    [InlineData("subscriptions import")]
    [InlineData("extract")]
    public async Task A_folder_is_refused_as_a_folder_not_as_a_missing_file(string command)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_db.Folder, "bao-cao.csv")).FullName;
        var before = await _db.DumpAsync();
        var run = await RunWithinAsync(TimeSpan.FromSeconds(60), [.. command.Split(' '), folder]);
        Assert.True(run.ExitCode == 2, $"{command}: exit {run.ExitCode}, {run.Error}");
        Assert.Contains("bao-cao.csv: là một thư mục, không phải tệp / is a folder, not a file", run.Error);
        Assert.Equal(before, await _db.DumpAsync());
    }

    [Fact]
    public async Task A_schedule_larger_than_any_real_one_is_refused_before_it_is_read()
    {
        var big = Path.Combine(_db.Folder, "lich.csv");
        await File.WriteAllTextAsync(big, "date,kind,source\n" + string.Concat(Enumerable.Repeat("2027-01-01,off,x\n", 20_000)));
        var before = await _db.DumpAsync();
        var run = await RunWithinAsync(TimeSpan.FromSeconds(60), "calendar", "import", big);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lich.csv: tệp lớn hơn 256 KB, không ghi gì / the file is larger than 256 KB, nothing written", run.Error);
        Assert.Equal(before, await _db.DumpAsync());
    }

    /// <summary>A units list is read whole when it is JSON: one far larger than the official 1.5 MB is refused unread.</summary>
    [Fact]
    public async Task A_units_list_larger_than_any_real_one_is_refused_before_it_is_read()
    {
        var big = Path.Combine(_db.Folder, "don-vi.json");
        await using (var file = File.CreateText(big))
        {
            await file.WriteAsync("[");
            var padding = new string(' ', 1024 * 1024);
            for (var i = 0; i < 17; i++) await file.WriteAsync(padding);
            await file.WriteAsync("]");
        }
        var before = await _db.DumpAsync();
        var run = await RunWithinAsync(TimeSpan.FromSeconds(60), "units", "import", big);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("don-vi.json: outside_limits", run.Error);
        Assert.Contains("larger than 16 MB", run.Error);
        Assert.Equal(before, await _db.DumpAsync());
    }

    /// <summary>`kpi` on the test database, killed and failed if it has not ended within <paramref name="limit"/>.</summary>
    private async Task<KpiProcess.Run> RunWithinAsync(TimeSpan limit, params string[] args)
    {
        using var process = Process.Start(KpiProcess.Start(_db, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"kpi {string.Join(' ', args)} did not end within {limit.TotalSeconds} s");
        }
        return new KpiProcess.Run(process.ExitCode, await output, await error);
    }
}
