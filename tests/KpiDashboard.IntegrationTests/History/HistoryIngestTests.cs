using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>Ingest resolves each row in the units of its month, and today's units read their predecessors' figures.</summary>
public sealed class HistoryIngestTests
{
    private static readonly Month July2024 = new(2024, 7);

    // Counts that keep the form's identities: handled = 10 + 5 + 2k = resolved + pending.
    private static string Row(string period, string province, string commune, int k) =>
        $"{period},{province},{commune},SHTT,{10 * k},{5 * k},{2 * k},{8 * k},{4 * k},{k},{3 * k},{k}\n";

    [Fact]
    public async Task A_2024_file_in_old_units_queries_back_per_old_unit_and_per_new_unit()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var result = await db.IngestAsync(Csv.Header
            + Row("2024-07", "Vĩnh Phúc", "", 1) + Row("2024-07", "17", "", 2) + Row("2024-07", "Phú Thọ", "", 3)
            + Row("07/2024", "26", "Phường Tích Sơn", 4) + Row("2024-07", "Tỉnh Vĩnh Phúc", "08710", 5));
        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Inserted);

        // Per old unit: the old province's own figures.
        var vinhPhuc = await Total(db, new Scope("26", InOldUnits: true), July2024);
        Assert.Equal(await Hand(db, "26"), vinhPhuc.Handled.Value);
        // Per new unit: Phú Thọ of today is old Phú Thọ, Vĩnh Phúc and Hòa Bình together, exactly.
        var phuTho = await Total(db, new Scope("25"), July2024);
        Assert.Equal(await Hand(db, "25") + await Hand(db, "26") + await Hand(db, "17"), phuTho.Handled.Value);
        Assert.Equal(17 * (1 + 2 + 3 + 4 + 5), phuTho.Handled.Value);
        // The ranking of today's provinces reads the old ones in their successor.
        var byProvince = await db.With<FigureQuery, IReadOnlyList<Grouped<string>>>(q => q.ByProvinceAsync(Scope.Nation, Period.OfMonth(July2024)));
        Assert.Equal(phuTho.Handled.Value, Assert.Single(byProvince).Figures.Handled.Value);
        Assert.Equal("25", byProvince[0].Key);
    }

    [Fact]
    public async Task The_same_commune_code_in_2024_07_and_2025_08_is_two_communes()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        // 00004 is Trúc Bạch before July 2025 and Ba Đình after; each name is right only in its own time.
        Assert.Empty((await db.IngestAsync(Csv.Header + Row("2024-07", "01", "00004", 1) + Row("2025-08", "01", "00004", 2)
            + Row("2024-08", "Hà Nội", "Trúc Bạch", 3) + Row("2025-09", "Hà Nội", "Ba Đình", 4))).Errors);

        var wrong = await db.IngestAsync(Csv.Header + Row("2025-09", "Hà Nội", "Trúc Bạch", 1));
        var error = Assert.Single(wrong.Errors);
        Assert.Equal(("commune", "unit_merged"), (error.Column, error.Code));
        Assert.Equal("Phường Trúc Bạch was merged into Phường Ba Đình (00004) on 01/07/2025", error.MessageEn.TrimEnd('.'));
        var early = await db.IngestAsync(Csv.Header + Row("2024-09", "Hà Nội", "Ba Đình", 1));
        Assert.Equal("unit_not_yet", Assert.Single(early.Errors).Code);

        await using var connection = db.Connect();
        var facts = await FactSql.SumAsync(connection, 202407, 202407, commune: "00004");
        Assert.Equal(17, facts.Single()["Handled"].Value);
        Assert.Equal(34, (await FactSql.SumAsync(connection, 202508, 202508, commune: "00004")).Single()["Handled"].Value);
    }

    [Fact]
    public async Task An_old_province_in_a_new_month_says_what_became_of_it_and_writes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var result = await db.IngestAsync(Csv.Header + Row("2025-07", "Vĩnh Phúc", "", 1) + Row("2025-07", "26", "", 1));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("unit_merged", e.Code));
        Assert.Equal("Tỉnh Vĩnh Phúc (26) đã sáp nhập vào Tỉnh Phú Thọ (25) từ 01/07/2025.", result.Errors.First().Message);
        Assert.Equal("Vĩnh Phúc was merged into Phú Thọ (25) on 01/07/2025.", result.Errors.First().MessageEn);
        Assert.Null(result.BatchId);
        await using var connection = db.Connect();
        Assert.Null((await FactSql.SumAsync(connection, 202501, 202512)).SingleOrDefault()?["Handled"].Value);
    }

    [Fact]
    public async Task A_file_mixing_june_and_july_2025_resolves_each_row_in_its_own_units_and_rolls_back_across_the_date()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var file = Csv.Header + Row("2025-06", "Vĩnh Phúc", "", 1) + Row("2025-06", "Hòa Bình", "", 2) + Row("2025-06", "25", "", 3)
            + Row("2025-07", "Phú Thọ", "", 4);
        var first = await db.IngestAsync(file);
        Assert.Empty(first.Errors);
        var june = new Month(2025, 6);
        var months = await ByMonth(db, new Scope("25"), june, new Month(2025, 7));
        // July's carried over (2 × 4) compared with June's pending of the three predecessors (4 × (1 + 2 + 3)).
        Assert.Equal(4 * (1 + 2 + 3), months[june.Key].Pending.Value);
        Assert.Equal(2 * 4, months[202507].CarriedOver.Value);
        Assert.Equal(await Hand(db, "26", 202506, "Pending") + await Hand(db, "17", 202506, "Pending") + await Hand(db, "25", 202506, "Pending"),
            months[june.Key].Pending.Value);

        // The national report's data-quality check does the same: one warning, for today's Phú Thọ, 8 against 24.
        var summary = await db.With<NationalSummaryBuilder, NationalSummary>(b => b.BuildAsync(Period.OfMonth(new Month(2025, 7))));
        var warning = Assert.Single(summary.Quality.IdentityWarnings, w => w.Identity == IdentityChecks.CarriedOverIdentity);
        Assert.Equal(("25", (string?)null, "SHTT", 8L, 24L), (warning.ProvinceCode, warning.CommuneCode, warning.FieldCode, warning.Left, warning.Right));

        var rollback = await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(first.BatchId!.Value));
        Assert.True(rollback.Succeeded);
        Assert.Empty(await ByMonth(db, new Scope("25"), june, new Month(2025, 7)));

        var again = await db.IngestAsync(file);
        Assert.Equal((4, 0), (again.Inserted, again.Errors.Count));
        Assert.Equal(4 * (1 + 2 + 3), (await ByMonth(db, new Scope("25"), june, june))[june.Key].Pending.Value);
    }

    [Fact]
    public async Task A_split_commune_counts_in_the_successor_named_first_and_marks_the_series_approximate()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        // Old 00007 Cống Vị was split between 00008 Ngọc Hà (named first) and 00025 Giảng Võ; old 00006 went whole into 00008.
        Assert.Empty((await db.IngestAsync(Csv.Header + Row("2024-07", "01", "00007", 1) + Row("2024-07", "01", "00006", 2)
            + Row("2024-07", "01", "00031", 4))).Errors);
        var ngocHa = await Total(db, new Scope("01", "00008"), July2024);
        Assert.Equal(await Hand(db, "01", 202407, "Handled", "00007") + await Hand(db, "01", 202407, "Handled", "00006"), ngocHa.Handled.Value);
        var giangVo = await Total(db, new Scope("01", "00025"), July2024);
        Assert.Equal(await Hand(db, "01", 202407, "Handled", "00031"), giangVo.Handled.Value);
        Assert.True(await db.With<FigureQuery, bool>(q => q.IsApproximateAsync(new Scope("01", "00008"), July2024)));
        // The province page's commune table for an old month: today's communes on the same rule.
        var byCommune = (await db.With<FigureQuery, IReadOnlyList<Grouped<string?>>>(q => q.ByCommuneAsync(new Scope("01"), Period.OfMonth(July2024))))
            .ToDictionary(g => g.Key ?? "", g => g.Figures.Handled.Value);
        Assert.Equal(new Dictionary<string, long?> { ["00008"] = ngocHa.Handled.Value, ["00025"] = giangVo.Handled.Value }, byCommune);
        // A commune of today whose predecessors all went into it whole is exact; no month before July 2025, nothing to mark.
        Assert.False(await db.With<FigureQuery, bool>(q => q.IsApproximateAsync(new Scope("01", "00008"), new Month(2025, 7))));
    }

    private static Task<Figures> Total(TestDatabase db, Scope scope, Month month) =>
        db.With<FigureQuery, Figures>(q => q.TotalAsync(scope, Period.OfMonth(month)));

    private static async Task<Dictionary<int, Figures>> ByMonth(TestDatabase db, Scope scope, Month from, Month to) =>
        (await db.With<FigureQuery, IReadOnlyList<Grouped<int>>>(q => q.ByMonthAsync(scope, from, to))).ToDictionary(g => g.Key, g => g.Figures);

    /// <summary>A measure of one old unit's facts, in plain SQL.</summary>
    private static async Task<long> Hand(TestDatabase db, string province, int period = 202407, string measure = "Handled", string? commune = null)
    {
        await using var connection = db.Connect();
        return (await FactSql.SumAsync(connection, period, period, province, commune)).Single()[measure].Value ?? 0;
    }
}
