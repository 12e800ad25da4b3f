using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Calendar;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

public sealed class CalendarImportTests : DatabaseTest
{
    private string Write(string name, string content)
    {
        var path = Path.Combine(Database.Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task An_imported_year_replaces_the_shipped_schedule_of_that_year_only()
    {
        var file = Write("2026.csv", "date,kind,source\n2026-03-02,off,\"Thông báo thử, 2026\"\n2026-03-07,work,Thông báo thử\n");
        var run = await KpiProcess.RunAsync(Database, "calendar", "import", file);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("2026", run.Out);

        var calendar = await CalendarStore.LoadAsync(Db);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 2)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 3, 7)));
        // The shipped 2026 days are replaced (Friday 2/1 is a working day again); 2025's stay.
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 2)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 5, 2)));
        // The Labour Code's holidays stay whatever the schedule.
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 4, 30)));

        var list = await KpiProcess.RunAsync(Database, "calendar", "list", "--year", "2026");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("2026-03-07", list.Out);
        Assert.Contains("Thông báo thử, 2026", list.Out);
    }

    [Fact]
    public async Task A_bad_schedule_exits_2_naming_file_line_and_column_and_writes_nothing()
    {
        var file = Write("bad.csv", "date,kind,source\n2026-03-02,off,a\n2026-02-30,off,b\n2026-03-03,holiday,c\n");
        var run = await KpiProcess.RunAsync(Database, "calendar", "import", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.csv:3:date", run.Error);
        Assert.Contains("bad.csv:4:kind", run.Error);
        Assert.Equal(0, await Db.CalendarDays.CountAsync());
    }

    [Fact]
    public async Task A_file_of_bad_lines_lists_the_first_errors_and_how_many_more()
    {
        var file = Write("bad-lines.csv", string.Concat(Enumerable.Repeat("x,y,z\n", 20_000)));
        var run = await KpiProcess.RunAsync(Database, "calendar", "import", file);
        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(KpiDashboard.Ingestion.IngestErrors.Limit, lines.Count(l => l.StartsWith("bad-lines.csv:", StringComparison.Ordinal) && l.Contains(":date:", StringComparison.Ordinal)));
        Assert.Contains("… và 19500 lỗi khác không liệt kê / and 19500 more errors not listed", run.Error);
        Assert.Contains("bad-lines.csv: không ghi gì / nothing written", run.Error);
        Assert.Equal(0, await Db.CalendarDays.CountAsync());
    }

    [Fact]
    public async Task A_source_over_500_characters_exits_2_naming_its_line_and_column()
    {
        var file = Write("long-source.csv", "date,kind,source\n2026-03-02,off,a\n2026-03-03,off," + new string('a', 200_000) + "\n");
        var run = await KpiProcess.RunAsync(Database, "calendar", "import", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("long-source.csv:3:source: Nguồn dài 200000 ký tự, tối đa 500.", run.Error);
        Assert.True(run.Error.Length < 2_000, $"{run.Error.Length} characters");
        Assert.Equal(0, await Db.CalendarDays.CountAsync());
    }
}
