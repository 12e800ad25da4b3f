using System.Text.Json;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.IntegrationTests.Cli;

public sealed class KpiCommandTests : DatabaseTest
{
    private Task<KpiProcess.Run> Kpi(params string[] args) => KpiProcess.RunAsync(Database, args);

    private string Write(string name, string content)
    {
        var path = Path.Combine(Database.Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Ingest_then_query_gives_the_canonical_json()
    {
        var file = Write("phu-tho.csv", Csv.Header + "tháng 7/2025,Tỉnh Phú Thọ,,Sở hữu trí tuệ,20,14,6,20,7,0,12,1\n");
        var ingest = await Kpi("ingest", file, "--json");
        Assert.Equal(0, ingest.ExitCode);
        using (var json = JsonDocument.Parse(ingest.Out))
        {
            Assert.Equal(1, json.RootElement.GetProperty("inserted").GetInt32());
            Assert.Equal(1, json.RootElement.GetProperty("batch_id").GetInt32());
        }

        var query = await Kpi("query", "--period", "2025-07", "--province", "phu tho", "--json");
        Assert.Equal(0, query.ExitCode);
        using var result = JsonDocument.Parse(query.Out);
        var keys = result.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal([.. MeasureNames.All, .. MeasureNames.Rates, "complete"], keys);
        Assert.Equal(34, result.RootElement.GetProperty("received").GetInt64());
        Assert.True(result.RootElement.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Verbose_logs_the_time_of_each_ingest_phase_on_stderr_and_leaves_stdout_to_the_json()
    {
        var file = Write("phu-tho.csv", Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        var run = await Kpi("--verbose", "ingest", file, "--json");
        Assert.Equal(0, run.ExitCode);
        using (JsonDocument.Parse(run.Out)) { }
        // Into an empty database the rows go straight into Facts.
        foreach (var phase in new[] { "read+validate", "insert into facts", "duplicate and carried-over checks", "rebuild indexes", "commit" })
            Assert.Contains($"Batch phase {phase} took", run.Error);
        Assert.Contains("Batch of 1 rows took", run.Error);

        var quiet = await Kpi("ingest", file, "--json");
        Assert.Equal(0, quiet.ExitCode);
        Assert.DoesNotContain("Batch phase", quiet.Error);

        // Into facts they are staged and merged.
        var next = await Kpi("--verbose", "ingest", Write("phu-tho-08.csv", Csv.Header + "2025-08,25,,SHTT,20,14,13,20,7,0,19,1\n"), "--json");
        Assert.Equal(0, next.ExitCode);
        foreach (var phase in new[] { "read+validate", "stage", "index staging", "duplicate and carried-over checks", "merge", "insert", "commit" })
            Assert.Contains($"Batch phase {phase} took", next.Error);
    }

    [Fact]
    public async Task A_bad_file_exits_2_naming_file_row_and_column_and_writes_nothing()
    {
        var file = Write("bad.csv", Csv.Header + "2025-07,25,,SHTT,20,abc,6,20,7,0,12,1\n");
        var before = await Database.DumpAsync();
        var run = await Kpi("ingest", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.csv:2:received_offline", run.Error);
        Assert.Equal(before, await Database.DumpAsync());
    }

    [Fact]
    public async Task Json_errors_list_row_column_value_code_and_message()
    {
        var file = Write("bad.csv", Csv.Header + "2025-07,Atlantis,,SHTT,20,14,6,20,7,0,12,1\n");
        var run = await Kpi("ingest", file, "--json");
        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("province", error.GetProperty("column").GetString());
        Assert.Equal("Atlantis", error.GetProperty("value").GetString());
        Assert.Equal("unknown_province", error.GetProperty("code").GetString());
        Assert.NotEmpty(error.GetProperty("message").GetString()!);
    }

    [Fact]
    public async Task Batches_and_rollback_from_the_command_line()
    {
        var file = Write("a.csv", Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        await Kpi("ingest", file);
        var list = await Kpi("batches", "--json");
        Assert.Equal(0, list.ExitCode);
        using (var json = JsonDocument.Parse(list.Out)) Assert.Equal("a.csv", json.RootElement[0].GetProperty("source").GetString());
        Assert.Equal(0, (await Kpi("batches", "rollback", "1")).ExitCode);
        Assert.Equal(2, (await Kpi("batches", "rollback", "1")).ExitCode);
    }

    [Theory]
    [InlineData("query", "--period", "2025-13")]
    [InlineData("query")]
    [InlineData("query", "--period", "2025-07", "--province", "Atlantis")]
    [InlineData("no-such-command")]
    [InlineData("ingest", "/no/such/file.csv")]
    public async Task Usage_and_input_errors_exit_2_on_stderr(params string[] args)
    {
        var run = await Kpi(args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task Every_command_answers_help()
    {
        foreach (var command in new[] { "ingest", "query", "batches", "units", "fields", "demo" })
        {
            var run = await KpiProcess.RunAsync(command, "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Usage", run.Out);
        }
    }
}
