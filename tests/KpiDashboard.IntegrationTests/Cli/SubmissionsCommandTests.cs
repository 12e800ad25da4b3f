using System.Text.Json;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Cli;

/// <summary>`kpi submissions list|approve|return|reopen` and `kpi ingest` into an approved report, as separate processes.</summary>
public sealed class SubmissionsCommandTests : DatabaseTest
{
    private const string Figures = Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n";
    private const string Correction = Csv.Header + "2025-07,25,,SHTT,21,14,6,20,8,0,12,1\n";

    private Task<KpiProcess.Run> Kpi(params string[] args) => KpiProcess.RunAsync(Database, args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(Database.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Ingest_list_approve_and_an_ingest_into_the_approved_report_exits_2_writing_nothing()
    {
        Assert.Equal(0, (await Kpi("ingest", Write("figures.csv", Figures))).ExitCode);

        var list = await Kpi("submissions", "list", "--period", "2025-07", "--province", "25", "--json");
        Assert.Equal(0, list.ExitCode);
        var rows = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["province", "agency"], rows.Select(r => r.GetProperty("level").GetString()));
        var province = rows[0];
        Assert.Equal(["unit_code", "unit_name", "level", "state", "submitted_at", "deadline", "late", "approved_by", "approved_at"],
            province.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("25", "submitted", "2025-07-21", JsonValueKind.Null), (province.GetProperty("unit_code").GetString(),
            province.GetProperty("state").GetString(), province.GetProperty("deadline").GetString(), province.GetProperty("approved_at").ValueKind));
        // Sent today, long after July 2025's deadline.
        Assert.True(province.GetProperty("late").GetBoolean());
        Assert.Equal(JsonValueKind.String, province.GetProperty("submitted_at").ValueKind);

        var approve = await Kpi("submissions", "approve", "--unit", "25", "--period", "2025-07");
        Assert.Equal(0, approve.ExitCode);
        var before = await Database.DumpAsync();
        var refused = await Kpi("ingest", Write("correction.csv", Correction));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("period_approved", refused.Error);
        Assert.Contains("approved by cli:", refused.Error);
        Assert.Equal(before, await Database.DumpAsync());

        var approved = JsonDocument.Parse((await Kpi("submissions", "list", "--period", "2025-07", "--level", "province", "--json")).Out)
            .RootElement.EnumerateArray().Single(r => r.GetProperty("unit_code").GetString() == "25");
        Assert.Equal("approved", approved.GetProperty("state").GetString());
        Assert.StartsWith("cli:", approved.GetProperty("approved_by").GetString());
        Assert.Equal(34, JsonDocument.Parse((await Kpi("submissions", "list", "--period", "2025-07", "--level", "province", "--json")).Out).RootElement.GetArrayLength());

        Assert.Equal(2, (await Kpi("submissions", "reopen", "--unit", "25", "--period", "2025-07")).ExitCode);
        Assert.Equal(0, (await Kpi("submissions", "reopen", "--unit", "25", "--period", "2025-07", "--reason", "Bổ sung")).ExitCode);
        Assert.Equal(0, (await Kpi("ingest", Write("correction.csv", Correction))).ExitCode);
        Assert.Equal(0, (await Kpi("submissions", "return", "--unit", "25", "--period", "2025-07", "--level", "agency", "--reason", "Thiếu")).ExitCode);
    }

    [Fact]
    public async Task Query_approved_only_counts_the_approved_reports()
    {
        Assert.Equal(0, (await Kpi("ingest", Write("figures.csv", Figures))).ExitCode);
        long? Received(KpiProcess.Run run)
        {
            Assert.Equal(0, run.ExitCode);
            var value = JsonDocument.Parse(run.Out).RootElement.GetProperty("received");
            return value.ValueKind == JsonValueKind.Null ? null : value.GetInt64();
        }
        Assert.Equal(34, Received(await Kpi("query", "--period", "2025-07", "--province", "25", "--json")));
        Assert.Null(Received(await Kpi("query", "--period", "2025-07", "--province", "25", "--approved-only", "--json")));
        Assert.Equal(0, (await Kpi("submissions", "approve", "--unit", "25", "--period", "2025-07")).ExitCode);
        Assert.Equal(34, Received(await Kpi("query", "--period", "2025-Q3", "--province", "25", "--approved-only", "--json")));
    }

    [Theory]
    [InlineData("submissions", "list", "--period", "2025-Q3")]
    [InlineData("submissions", "list", "--period", "2025-07", "--level", "district")]
    [InlineData("submissions", "approve", "--unit", "25", "--period", "2025-07")]
    [InlineData("submissions", "approve", "--unit", "99", "--period", "2025-07")]
    [InlineData("submissions", "return", "--unit", "25", "--period", "2025-07")]
    public async Task Bad_input_exits_2(params string[] args)
    {
        var run = await Kpi(args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }
}
