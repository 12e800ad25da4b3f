using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>The `kpi` process given other digit systems or dates at the ends of the calendar: exit code 2 and a message, never a crash.</summary>
public sealed class CliOddInputTests : DatabaseTest
{
    [Theory]
    [InlineData("query", "--period", "２０２５-０７")]
    [InlineData("query", "--period", "٢٠٢٥-٠٧")]
    [InlineData("query", "--period", "२०२५-Q३")]
    [InlineData("query", "--period", "99999999999999999999-01")]
    [InlineData("report", "national", "--period", "tháng ７/２０２５")]
    [InlineData("summaries", "send", "--period", "２０２５-０７", "--dry-run")]
    [InlineData("reconcile", "--period", "２０２５-０７")]
    public async Task An_odd_period_exits_2_with_a_message(params string[] args)
    {
        var run = await KpiProcess.RunAsync(Database, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--period", run.Error);
        Assert.DoesNotContain("Unhandled exception", run.Error);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("２０２５-０１-０１")]
    public async Task An_odd_reference_date_exits_2_with_a_message(string date)
    {
        var file = Path.Combine(Database.Folder, "report.txt");
        await File.WriteAllTextAsync(file, "Trong quý IV/2025, tỉnh Lâm Đồng đã tiếp nhận 12 hồ sơ.");
        var run = await KpiProcess.RunAsync(Database, "extract", file, "--reference-date", date);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--reference-date", run.Error);
    }

    [Fact]
    public async Task A_figures_file_in_other_digits_exits_2_naming_the_cells_and_writes_nothing()
    {
        var file = Path.Combine(Database.Folder, "digits.csv");
        await File.WriteAllTextAsync(file, Csv.Header + "２０２５-０７,25,,SHTT,20,14,6,20,7,0,12,1\n2025-07,25,,SHTT,٢٠,14,6,20,7,0,12,1\n");
        var before = await Database.DumpAsync();
        var run = await KpiProcess.RunAsync(Database, "ingest", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("digits.csv:2:period", run.Error);
        Assert.Contains("digits.csv:3:received_online", run.Error);
        Assert.Equal(before, await Database.DumpAsync());
    }
}
