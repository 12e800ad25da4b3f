using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// A dossier list built by hand so that every rule has a case, and the figures a unit would file for it by hand:
/// ingesting the list must give exactly the facts that ingesting the hand-filed figures gives.
/// </summary>
public sealed class DossierFiguresTests
{
    // Phú Thọ's provincial agencies (no commune). 2025 calendar: no holiday in June-August; 1-2 September off.
    // A: June, early in July. B: June, due 30/6 (within at the end of June), then overdue, never finished.
    // C: due from 3 working days (1/7 -> 4/7), on time. D: late. E: 2 supplement days move the due date 10/7 -> 14/7, on time.
    // F: early by date but two supplement requests: late. G: stopped after the due date: not late (on time).
    // H: refused before the due date: early. I: pending within at the end of July, overdue at the end of August.
    // J: pending in July, early in August. K: 3 supplement days (6/8 -> 11/8), overdue at the end of August.
    // L: pending within. M: 5 working days from Monday 25/8 skip 1-2/9: due 3/9, finished 3/9 on time (the file reaches September).
    // N: another field, on time. Names and ID numbers are there to be ignored.
    public const string List =
        "Mã hồ sơ,Mã TTHC,Tên TTHC,Lĩnh vực,Tỉnh,Xã/Phường,Kênh,Ngày tiếp nhận,Ngày hẹn trả,Thời hạn giải quyết,Số lần yêu cầu bổ sung,Số ngày chờ bổ sung,Ngày kết thúc,Kết quả,Họ tên người nộp,Số CCCD\n" +
        "A,1.004227,Cấp giấy phép sử dụng tần số,TSVTD,25,,Trực tuyến,20/06/2025 08:15,04/07/2025,,,,03/07/2025 16:00,Đã giải quyết,Nguyễn Văn An,001085000111\n" +
        "B,1.004227,,TSVTD,25,,Trực tiếp,2025-06-25,2025-06-30,,,,,,Trần Thị Bình,001085000222\n" +
        "C,1.004227,,TSVTD,25,,online,2025-07-01,,3,0,0,2025-07-04,resolved,Lê Văn Cường,001085000333\n" +
        "D,1.004227,,TSVTD,25,,Bưu chính,2025-07-07,2025-07-10,,,,2025-07-11,resolved,,\n" +
        "E,1.004227,,TSVTD,25,,online,2025-07-07,2025-07-10,,1,2,2025-07-14,resolved,,\n" +
        "F,1.004227,,TSVTD,25,,online,2025-07-08,2025-07-31,,2,1,2025-07-15,resolved,,\n" +
        "G,1.004227,,TSVTD,25,,offline,2025-07-09,2025-07-11,,,,2025-07-20,Dừng,,\n" +
        "H,1.004227,,TSVTD,25,,online,2025-07-10,2025-07-24,,,,2025-07-22,Từ chối,,\n" +
        "I,1.004227,,TSVTD,25,,offline,2025-07-28,2025-08-05,,,,,,,\n" +
        "J,1.004227,,TSVTD,25,,online,2025-07-29T09:00:00+07:00,2025-08-15,,,,2025-08-14,resolved,,\n" +
        "K,1.004227,,TSVTD,25,,offline,2025-08-04,2025-08-06,,1,3,,,,\n" +
        "L,1.004227,,TSVTD,25,,online,2025-08-20,2025-09-03,,,,,,,\n" +
        "M,1.004227,,TSVTD,25,,online,2025-08-25,,5,,,2025-09-03,resolved,,\n" +
        "N,1.005123,,SHTT,Phú Thọ,,offline,2025-07-15,2025-07-18,,,,2025-07-18,resolved,,\n";

    /// <summary>What the unit files by hand for June to September 2025, counted from the list above.</summary>
    public const string HandFiled = Csv.Header +
        "2025-06,25,,TSVTD,1,1,0,0,0,0,2,0\n" +
        "2025-07,25,,TSVTD,5,3,2,2,3,2,2,1\n" +
        "2025-08,25,,TSVTD,2,1,3,1,0,0,2,3\n" +
        "2025-09,25,,TSVTD,0,0,5,0,1,0,0,4\n" +
        "2025-06,25,,SHTT,0,0,0,0,0,0,0,0\n" +
        "2025-07,25,,SHTT,0,1,0,0,1,0,0,0\n" +
        "2025-08,25,,SHTT,0,0,0,0,0,0,0,0\n" +
        "2025-09,25,,SHTT,0,0,0,0,0,0,0,0\n";

    /// <summary>
    /// The same list under Decree 09's windows (the default of Reporting:Window): July is 15/6–14/7, so there is no June
    /// window (the first dossier came on 20/6). July: A-H received, A early, C and E on time, D late; pending at 14/7
    /// F and H within, B and G (due 11/7) overdue. August: I, J, K received, B F G H carried over; F late, G on time, H
    /// and J early; B, I, K overdue. September: L, M received, B I K carried over; M on time; B I K L overdue.
    /// </summary>
    public const string HandFiledDecree09 = Csv.Header +
        "2025-07,25,,TSVTD,5,3,0,1,2,1,2,2\n" +
        "2025-08,25,,TSVTD,1,2,4,2,1,1,0,3\n" +
        "2025-09,25,,TSVTD,2,0,3,0,1,0,0,4\n" +
        "2025-07,25,,SHTT,0,0,0,0,0,0,0,0\n" +
        "2025-08,25,,SHTT,0,1,0,0,1,0,0,0\n" +
        "2025-09,25,,SHTT,0,0,0,0,0,0,0,0\n";

    public static readonly IReadOnlyDictionary<string, string?> CalendarMonths = new Dictionary<string, string?> { ["Reporting:Window"] = "CalendarMonth" };

    private static Task<TestDatabase> CalendarMonthsAsync() => TestDatabase.CreateAsync(CalendarMonths);

    private static async Task<List<string>> FactsAsync(TestDatabase db)
    {
        await using var context = db.Open();
        var facts = await context.Facts.AsNoTracking().ToListAsync();
        return facts.Select(f => $"{f.Period} {f.ProvinceCode} {f.CommuneCode} {f.FieldCode} {f.Values}").Order().ToList();
    }

    [Fact]
    public async Task The_list_gives_exactly_the_figures_filed_by_hand()
    {
        await using var fromDossiers = await CalendarMonthsAsync();
        await using var byHand = await CalendarMonthsAsync();

        var dossiers = await fromDossiers.IngestAsync(List, "ho-so.csv");
        Assert.True(dossiers.Succeeded, string.Join("\n", dossiers.Errors.Select(e => $"{e.Row} {e.Column} {e.Code} {e.MessageEn}")));
        Assert.Equal((14, 8), (dossiers.RowsRead, dossiers.Inserted));
        var filed = await byHand.IngestAsync(HandFiled);
        Assert.True(filed.Succeeded);

        Assert.Equal(await FactsAsync(byHand), await FactsAsync(fromDossiers));
    }

    [Fact]
    public async Task Under_decree_09_windows_the_list_gives_the_figures_filed_by_hand_for_them()
    {
        await using var fromDossiers = await TestDatabase.CreateAsync();
        await using var byHand = await TestDatabase.CreateAsync();

        var dossiers = await fromDossiers.IngestAsync(List, "ho-so.csv");
        Assert.True(dossiers.Succeeded, string.Join("\n", dossiers.Errors.Select(e => $"{e.Row} {e.Column} {e.Code} {e.MessageEn}")));
        Assert.True((await byHand.IngestAsync(HandFiledDecree09)).Succeeded);

        Assert.Equal(await FactsAsync(byHand), await FactsAsync(fromDossiers));
    }

    [Fact]
    public async Task Dossiers_are_kept_without_personal_data_and_the_ignored_columns_are_named()
    {
        await using var db = await CalendarMonthsAsync();
        var result = await db.IngestAsync(List, "ho-so.csv");

        var warning = Assert.Single(result.Warnings, w => w.Code == "personal_data_ignored");
        Assert.Contains("Họ tên người nộp", warning.Message);
        Assert.Contains("Số CCCD", warning.Message);
        await using var context = db.Open();
        var kept = await context.Dossiers.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        Assert.Equal(14, kept.Count);
        var m = kept.Single(d => d.Code == "M");
        Assert.Equal((new DateOnly(2025, 9, 3), 5, DossierOutcome.Resolved), (m.DueOn, m.HandlingDays!.Value, m.Outcome!.Value));
        Assert.Equal("Cấp giấy phép sử dụng tần số", kept.Single(d => d.Code == "A").ProcedureName);
        var dump = await db.DumpAsync();
        Assert.DoesNotContain("Nguyễn Văn An", dump);
        Assert.DoesNotContain("001085000111", dump);
    }

    [Fact]
    public async Task Reingest_changes_nothing_and_a_corrected_list_updates_only_what_changed()
    {
        await using var db = await CalendarMonthsAsync();
        var first = await db.IngestAsync(List, "ho-so.csv");
        var again = await db.IngestAsync(List, "ho-so.csv");
        Assert.True(again.ChangedNothing);
        Assert.Null(again.BatchId);

        // J finished on 20/8 instead of 14/8: late, not early; only August of TSVTD changes.
        var corrected = await db.IngestAsync(List.Replace("2025-08-15,,,,2025-08-14", "2025-08-15,,,,2025-08-20"), "ho-so-2.csv");
        Assert.Equal((0, 1, 7), (corrected.Inserted, corrected.Updated, corrected.Unchanged));
        await using var context = db.Open();
        var august = await context.Facts.AsNoTracking().SingleAsync(f => f.Period == 202508 && f.FieldCode == "TSVTD");
        Assert.Equal((0, 1, corrected.BatchId), (august.Values.ResolvedEarly, august.Values.ResolvedLate, (int?)august.BatchId));
        Assert.Equal(new DateOnly(2025, 8, 20), (await context.Dossiers.AsNoTracking().SingleAsync(d => d.Code == "J")).FinishedOn);
        Assert.Equal(14, await context.Dossiers.CountAsync());
        Assert.NotEqual(first.BatchId, corrected.BatchId);
    }

    [Fact]
    public async Task A_corrected_list_whose_figures_stay_the_same_still_stores_its_dossiers()
    {
        await using var db = await CalendarMonthsAsync();
        var first = await db.IngestAsync(List, "ho-so.csv");

        // A's procedure corrected: it counts in the same windows as before, so no figure changes.
        var renamed = List.Replace("A,1.004227,Cấp giấy phép sử dụng tần số,", "A,1.004228,Cấp lại giấy phép sử dụng tần số,");
        var corrected = await db.IngestAsync(renamed, "ho-so-2.csv");
        Assert.Equal((0, 0, 8), (corrected.Inserted, corrected.Updated, corrected.Unchanged));
        Assert.False(corrected.ChangedNothing);
        Assert.NotNull(corrected.BatchId);
        Assert.NotEqual(first.BatchId, corrected.BatchId);
        await using (var context = db.Open())
        {
            var a = await context.Dossiers.AsNoTracking().SingleAsync(d => d.Code == "A");
            Assert.Equal(("1.004228", "Cấp lại giấy phép sử dụng tần số", corrected.BatchId), (a.ProcedureCode, a.ProcedureName, (int?)a.BatchId));
            Assert.Equal(14, await context.Dossiers.CountAsync());
            Assert.Equal(0, await context.Facts.CountAsync(f => f.BatchId == corrected.BatchId));
        }

        var again = await db.IngestAsync(renamed, "ho-so-2.csv");
        Assert.True(again.ChangedNothing);
        Assert.Null(again.BatchId);
    }

    [Fact]
    public async Task The_format_can_be_named_and_a_dry_run_writes_nothing()
    {
        await using var db = await CalendarMonthsAsync();
        var result = await db.With<IngestService, IngestResult>(s => s.IngestAsync(Csv.Stream(List), "ho-so.csv",
            new IngestOptions(DryRun: true, Format: SourceFormat.Dossiers)));
        Assert.True(result.Succeeded);
        Assert.Equal(8, result.Inserted);
        await using var context = db.Open();
        Assert.Equal(0, await context.Facts.CountAsync());
        Assert.Equal(0, await context.Dossiers.CountAsync());
    }

    [Fact]
    public async Task Rolling_back_a_corrected_list_restores_its_figures()
    {
        await using var db = await CalendarMonthsAsync();
        await db.IngestAsync(List, "ho-so.csv");
        var before = await FactsAsync(db);
        var corrected = await db.IngestAsync(List.Replace("2025-08-15,,,,2025-08-14", "2025-08-15,,,,2025-08-20"), "ho-so-2.csv");
        Assert.NotEqual(before, await FactsAsync(db));

        var rollback = await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(corrected.BatchId!.Value));
        Assert.True(rollback.Succeeded, rollback.MessageEn);
        Assert.Equal(before, await FactsAsync(db));
    }
}
