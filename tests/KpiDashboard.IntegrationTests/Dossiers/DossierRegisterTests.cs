using System.Text;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// A list is its units' whole register over its span: a corrected list that moves dossiers to another field leaves no
/// figure in the old one, and one that drops a dossier removes it, so a recompute afterwards changes nothing, and the
/// corrected batch's rollback restores both. Other units, and the same unit's dossiers outside the span, stay.
/// </summary>
public sealed class DossierRegisterTests : DatabaseTest
{
    private const string TanHoa = Web.WebFixture.CommuneTanHoa;
    private const string HoaBinh = Web.WebFixture.CommuneHoaBinh;
    private const string ThongNhat = Web.WebFixture.CommuneThongNhat;

    // Phú Thọ: Tân Hòa in SHTT (S1-S3, S3 pending) and TSVTD (T1, T2), Hòa Bình, the provincial agencies; received
    // 2/7 to 1/9/2025. A2, the last row, lies inside that span.
    private static readonly string[] List =
    [
        $"S1,1.001,SHTT,25,{TanHoa},online,2025-07-02,2025-07-10,,0,0,2025-07-08,resolved",
        $"S2,1.001,SHTT,25,{TanHoa},offline,2025-07-20,2025-07-30,,0,0,2025-08-05,resolved",
        $"S3,1.001,SHTT,25,{TanHoa},online,2025-08-10,2025-08-20,,0,0,,",
        $"T1,1.002,TSVTD,25,{TanHoa},online,2025-07-05,2025-07-15,,0,0,2025-07-14,resolved",
        $"T2,1.002,TSVTD,25,{TanHoa},offline,2025-08-12,2025-08-22,,0,0,2025-08-25,resolved",
        $"H1,1.002,TSVTD,25,{HoaBinh},online,2025-07-03,2025-07-12,,0,0,2025-07-11,resolved",
        $"H2,1.002,TSVTD,25,{HoaBinh},online,2025-09-01,2025-09-15,,0,0,2025-09-10,resolved",
        "A1,1.003,SHTT,25,,online,2025-07-07,2025-07-17,,0,0,2025-07-16,resolved",
        "A2,1.003,SHTT,25,,offline,2025-08-15,2025-08-25,,0,0,,",
    ];

    protected override async Task SeedAsync() =>
        await Service<UnitImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Web.WebFixture.CommunesCsv)));

    private Task<IngestResult> IngestAsync(IEnumerable<string> lines, string name) =>
        Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(DossierLists.Header + "\n" + string.Join("\n", lines) + "\n")),
            name, new IngestOptions());

    private async Task<int> IngestedAsync(IEnumerable<string> lines, string name)
    {
        var result = await IngestAsync(lines, name);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Code}")));
        Assert.NotNull(result.BatchId);
        return result.BatchId.Value;
    }

    /// <summary>Every stored dossier with every column, its id and batch included, and every fact with its batch.</summary>
    private async Task<(List<string> Dossiers, List<string> Facts)> StateAsync()
    {
        var dossiers = (await Db.Dossiers.AsNoTracking().ToListAsync()).Select(d =>
            $"{d.Id} {d.UnitCode} {d.Code} {d.ProcedureCode} {d.ProcedureName} {d.FieldCode} {d.Online} {d.ReceivedOn} {d.DueOn} " +
            $"{d.HandlingDays} {d.DueFromHandlingDays} {d.SupplementRequests} {d.SupplementDays} {d.FinishedOn} {d.Outcome} {d.BatchId}");
        var facts = (await Db.Facts.AsNoTracking().ToListAsync()).Select(f => $"{f.Period} {f.ProvinceCode} {f.CommuneCode} {f.FieldCode} {f.Values} {f.BatchId}");
        return ([.. dossiers.Order(StringComparer.Ordinal)], [.. facts.Order(StringComparer.Ordinal)]);
    }

    private async Task RecomputeChangesNothingAsync()
    {
        var before = await StateAsync();
        var recompute = await Service<DossierRecompute>().RunAsync(new DossierRecompute.Request(null, null, null, false), default);
        Assert.True(recompute.Result.Succeeded);
        Assert.Null(recompute.Result.BatchId);
        var after = await StateAsync();
        Assert.Equal(before.Facts, after.Facts);
        Assert.Equal(before.Dossiers, after.Dossiers);
    }

    private async Task RollsBackToAsync(int batch, (List<string> Dossiers, List<string> Facts) before)
    {
        var rollback = await Service<BatchRollback>().RollbackAsync(batch);
        Assert.True(rollback.Succeeded, rollback.MessageEn);
        var after = await StateAsync();
        Assert.Equal(before.Dossiers, after.Dossiers);
        Assert.Equal(before.Facts, after.Facts);
        Assert.Equal(0, await Db.ReplacedDossiers.CountAsync());
    }

    [Fact]
    public async Task Dossiers_moved_to_another_field_leave_zeros_in_the_old_one_and_count_once()
    {
        await IngestedAsync(List, "ho-so.csv");
        var before = await StateAsync();
        var shtt = await Db.Facts.AsNoTracking().Where(f => f.CommuneCode == TanHoa && f.FieldCode == "SHTT").ToListAsync();
        Assert.Contains(shtt, f => f.Values.Received > 0);

        var moved = List.Select(l => l.Contains($",SHTT,25,{TanHoa},", StringComparison.Ordinal) ? l.Replace(",SHTT,", ",TSVTD,", StringComparison.Ordinal) : l).ToList();
        var corrected = await IngestedAsync(moved, "ho-so-2.csv");

        var after = await Db.Facts.AsNoTracking().Where(f => f.CommuneCode == TanHoa && f.FieldCode == "SHTT").ToListAsync();
        Assert.Equal(shtt.Select(f => f.Period).Order(), after.Select(f => f.Period).Order());
        Assert.All(after, f => Assert.Equal(default(DossierCounts).ToMeasures(), f.Values));
        Assert.All(after.Where(f => shtt.Single(s => s.Period == f.Period).Values != f.Values), f => Assert.Equal(corrected, f.BatchId));
        var tanHoa = await Db.Facts.AsNoTracking().Where(f => f.CommuneCode == TanHoa).ToListAsync();
        Assert.Equal(5, tanHoa.Where(f => f.FieldCode == "TSVTD").Sum(f => f.Values.Received));
        Assert.Equal(5, tanHoa.Sum(f => f.Values.Received));
        Assert.Equal(9, (await Db.Facts.AsNoTracking().ToListAsync()).Sum(f => f.Values.Received));
        Assert.Equal(0, await Db.ReplacedDossiers.CountAsync(d => d.FieldCode == "TSVTD"));
        await RecomputeChangesNothingAsync();

        await RollsBackToAsync(corrected, before);
    }

    [Fact]
    public async Task A_dossier_the_corrected_list_drops_is_removed_kept_for_rollback_and_not_brought_back_by_a_recompute()
    {
        var first = await IngestedAsync(List, "ho-so.csv");
        var before = await StateAsync();
        var a2 = await Db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == "A2");

        var corrected = await IngestedAsync(List[..^1], "ho-so-2.csv");

        Assert.False(await Db.Dossiers.AnyAsync(d => d.Code == "A2"));
        var kept = await Db.ReplacedDossiers.AsNoTracking().SingleAsync();
        Assert.Equal((a2.Id, "A2", first, corrected), (kept.Id, kept.Code, kept.BatchId, kept.ReplacedByBatchId));
        Assert.Equal(List.Length - 1, await Db.Dossiers.CountAsync());
        Assert.Equal(8, (await Db.Facts.AsNoTracking().ToListAsync()).Sum(f => f.Values.Received));
        await RecomputeChangesNothingAsync();

        var batches = await KpiProcess.RunAsync(Database, "batches", "--json");
        Assert.Equal(0, batches.ExitCode);
        using (var json = System.Text.Json.JsonDocument.Parse(batches.Out))
            Assert.Equal([(first, List.Length - 1, 0), (corrected, 0, 1)], json.RootElement.EnumerateArray()
                .Select(b => (b.GetProperty("id").GetInt32(), b.GetProperty("dossiers").GetInt32(), b.GetProperty("dossiers_replaced").GetInt32())).ToList());

        await RollsBackToAsync(corrected, before);
    }

    [Fact]
    public async Task The_first_list_must_wait_for_the_rollback_of_a_later_list_that_stored_a_dossier_it_dropped_again()
    {
        var first = await IngestedAsync(List, "ho-so.csv");
        var dropped = await IngestedAsync(List[..^1], "ho-so-2.csv");
        var again = await IngestedAsync(List, "ho-so-3.csv");
        Assert.Equal(again, (await Db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == "A2")).BatchId);
        var state = await StateAsync();

        var refused = await Service<BatchRollback>().RollbackAsync(dropped);
        Assert.False(refused.Succeeded);
        Assert.Contains($"roll back batch {again} first", refused.MessageEn);
        var afterRefusal = await StateAsync();
        Assert.Equal(state.Dossiers, afterRefusal.Dossiers);
        Assert.Equal(state.Facts, afterRefusal.Facts);

        Assert.True((await Service<BatchRollback>().RollbackAsync(again)).Succeeded);
        Assert.True((await Service<BatchRollback>().RollbackAsync(dropped)).Succeeded);
        Assert.Equal(first, (await Db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == "A2")).BatchId);
    }

    [Fact]
    public async Task A_list_of_another_unit_or_of_a_later_span_leaves_the_first_lists_dossiers_and_figures_alone()
    {
        await IngestedAsync(List, "ho-so.csv");
        var before = await StateAsync();

        var other = await IngestedAsync([$"X1,1.002,SHTT,25,{ThongNhat},online,2025-07-10,2025-07-20,,0,0,2025-07-18,resolved"], "thong-nhat.csv");
        var later = await IngestedAsync(
        [
            $"S9,1.001,TSVTD,25,{TanHoa},online,2025-10-20,2025-10-30,,0,0,2025-10-28,resolved",
            $"S10,1.001,TSVTD,25,{TanHoa},online,2025-11-03,2025-11-13,,0,0,2025-11-12,resolved",
        ], "tan-hoa-q4.csv");

        var after = await StateAsync();
        Assert.Equal(before.Dossiers, after.Dossiers.Where(d => !d.EndsWith($" {other}", StringComparison.Ordinal) && !d.EndsWith($" {later}", StringComparison.Ordinal)));
        Assert.Equal(before.Facts, after.Facts.Where(f => !f.EndsWith($" {other}", StringComparison.Ordinal) && !f.EndsWith($" {later}", StringComparison.Ordinal)));
        Assert.Equal(List.Length + 3, after.Dossiers.Count);
        Assert.Equal(0, await Db.ReplacedDossiers.CountAsync());
    }

    [Fact]
    public async Task Figures_filed_by_hand_are_not_zeroed_by_a_list_without_their_field()
    {
        var filed = "period,province,commune,field,received_online\n2025-08,25," + TanHoa + ",HDKHCN,7\n";
        Assert.True((await Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(filed)), "so-lieu.csv", new IngestOptions())).Succeeded);
        await IngestedAsync(List, "ho-so.csv");
        await IngestedAsync(List[..^1], "ho-so-2.csv");

        var byHand = await Db.Facts.AsNoTracking().SingleAsync(f => f.CommuneCode == TanHoa && f.FieldCode == "HDKHCN");
        Assert.Equal(7, byHand.Values.ReceivedOnline);
    }
}
