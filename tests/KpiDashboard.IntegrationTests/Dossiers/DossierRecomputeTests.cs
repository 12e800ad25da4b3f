using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// `kpi dossiers recompute` after a calendar import that makes Wednesday 4 March 2026 a day off. Phú Thọ's provincial
/// agencies, calendar months. R1: received Monday 2/3, 3 working days: due 5/3, after the import 6/3; finished 6/3, late
/// before, on time after. R2: the same but its due date 5/3 was given: late either way, its due date kept. R3: 9/3, 3
/// days, due 12/3, early 11/3: untouched. R4: like R1 but still pending: due moves to 6/3, overdue at the end of March
/// either way. S1 (another field): 10/3, 2 days, due 12/3, on time: untouched.
/// </summary>
public sealed class DossierRecomputeTests
{
    private const string List = "dossier_code,procedure_code,field,province,commune,channel,received_at,due_at,handling_days,finished_at,outcome\n" +
        "R1,1.004227,TSVTD,25,,online,2026-03-02,,3,2026-03-06,resolved\n" +
        "R2,1.004227,TSVTD,25,,online,2026-03-02,2026-03-05,3,2026-03-06,resolved\n" +
        "R3,1.004227,TSVTD,25,,online,2026-03-09,,3,2026-03-11,resolved\n" +
        "R4,1.004227,TSVTD,25,,offline,2026-03-02,,3,,\n" +
        "S1,1.005123,SHTT,25,,offline,2026-03-10,,2,2026-03-12,resolved\n";

    private static readonly Dictionary<string, string> CalendarMonths = new() { ["Reporting__Window"] = "CalendarMonth" };

    private static async Task<TestDatabase> IngestedAsync()
    {
        var db = await TestDatabase.CreateAsync(DossierFiguresTests.CalendarMonths);
        var result = await db.IngestAsync(List, "ho-so.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Code} {e.MessageEn}")));
        return db;
    }

    private static Task<KpiProcess.Run> Kpi(TestDatabase db, params string[] args) => KpiProcess.RunAsync(db, CalendarMonths, args);

    private static async Task<string> HolidayAsync(TestDatabase db)
    {
        var file = Path.Combine(db.Folder, "2026.csv");
        await File.WriteAllTextAsync(file, "date,kind,source\n2026-03-04,off,Thông báo thử\n");
        return file;
    }

    private sealed record State(Dictionary<string, DateOnly> Due, Dictionary<string, (int? Early, int? OnTime, int? Late, int? Overdue)> Facts, int Batches)
    {
        /// <summary>Everything a write could change, comparable as one string.</summary>
        public string Snapshot => string.Join("; ", Due.OrderBy(d => d.Key).Select(d => $"{d.Key} {d.Value:yyyy-MM-dd}"))
            + " | " + string.Join("; ", Facts.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}")) + $" | {Batches}";
    }

    private static async Task<State> StateAsync(TestDatabase db)
    {
        await using var context = db.Open();
        var due = await context.Dossiers.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.DueOn);
        var facts = (await context.Facts.AsNoTracking().ToListAsync()).ToDictionary(f => $"{f.Period} {f.FieldCode}",
            f => (f.Values.ResolvedEarly, f.Values.ResolvedOnTime, f.Values.ResolvedLate, f.Values.PendingOverdue));
        return new State(due, facts, await context.Batches.CountAsync());
    }

    [Fact]
    public async Task A_new_day_off_changes_exactly_the_affected_dossiers_and_facts_once()
    {
        await using var db = await IngestedAsync();
        var before = await StateAsync(db);
        Assert.Equal((1, 0, 2, 1), before.Facts["202603 TSVTD"]);
        Assert.Equal(new DateOnly(2026, 3, 5), before.Due["R1"]);

        var import = await Kpi(db, "calendar", "import", await HolidayAsync(db));
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("kpi dossiers recompute --from 2025-12", import.Out);

        var dry = await Kpi(db, "dossiers", "recompute", "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Error);
        Assert.Equal(before.Snapshot, (await StateAsync(db)).Snapshot);

        var run = await Kpi(db, "dossiers", "recompute");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("đổi hạn/due dates moved 2;", run.Out);
        Assert.Contains("thêm/inserted 0, cập nhật/updated 1, không đổi/unchanged 1", run.Out);
        var after = await StateAsync(db);
        Assert.Equal(new DateOnly(2026, 3, 6), after.Due["R1"]);
        Assert.Equal(new DateOnly(2026, 3, 6), after.Due["R4"]);
        Assert.Equal(new DateOnly(2026, 3, 5), after.Due["R2"]);
        Assert.Equal(before.Due["R3"], after.Due["R3"]);
        Assert.Equal(before.Due["S1"], after.Due["S1"]);
        Assert.Equal((1, 1, 1, 1), after.Facts["202603 TSVTD"]);
        Assert.Equal(before.Facts["202603 SHTT"], after.Facts["202603 SHTT"]);
        Assert.Equal(before.Batches + 1, after.Batches);

        var again = await Kpi(db, "dossiers", "recompute", "--from", "2026-01", "--to", "2026-12", "--province", "Phú Thọ");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("đổi hạn/due dates moved 0;", again.Out);
        Assert.Contains("thêm/inserted 0, cập nhật/updated 0, không đổi/unchanged 2", again.Out);
        Assert.Equal(after.Snapshot, (await StateAsync(db)).Snapshot);

        // The batch rolls back like any other: the figures and the due dates of before the recompute return.
        await using (var context = db.Open())
        {
            var batch = await context.Batches.MaxAsync(b => b.Id);
            var rollback = await Kpi(db, "batches", "rollback", batch.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(rollback.ExitCode == 0, rollback.Error);
        }
        var rolledBack = await StateAsync(db);
        Assert.Equal(before.Facts.OrderBy(f => f.Key), rolledBack.Facts.OrderBy(f => f.Key));
        Assert.Equal(before.Due.OrderBy(d => d.Key), rolledBack.Due.OrderBy(d => d.Key));
    }

    [Fact]
    public async Task An_approved_month_whose_figures_would_change_refuses_the_recompute_and_nothing_is_written()
    {
        await using var db = await IngestedAsync();
        Assert.Equal(0, (await Kpi(db, "submissions", "approve", "--unit", "25", "--period", "2026-03", "--level", "agency")).ExitCode);
        Assert.Equal(0, (await Kpi(db, "calendar", "import", await HolidayAsync(db))).ExitCode);
        var before = await StateAsync(db);

        var run = await Kpi(db, "dossiers", "recompute");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("period_approved", run.Error);
        Assert.Equal(before.Snapshot, (await StateAsync(db)).Snapshot);
    }

    [Theory]
    [InlineData("--from", "2026-13")]
    [InlineData("--to", "tháng mười")]
    [InlineData("--from", "2026-04", "--to", "2026-03")]
    [InlineData("--province", "Không Có")]
    public async Task Bad_arguments_exit_2_and_write_nothing(params string[] args)
    {
        await using var db = await IngestedAsync();
        Assert.Equal(0, (await Kpi(db, "calendar", "import", await HolidayAsync(db))).ExitCode);
        var before = await StateAsync(db);

        var run = await Kpi(db, ["dossiers", "recompute", .. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing written", run.Error);
        Assert.Equal(before.Snapshot, (await StateAsync(db)).Snapshot);
    }
}
