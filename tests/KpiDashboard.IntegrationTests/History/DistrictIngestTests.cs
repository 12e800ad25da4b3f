using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Safety;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>Old files carry a district column and the district's own rows (cấp huyện) for months before July 2025.</summary>
public sealed class DistrictIngestTests
{
    private const string Header = "period,province,Quận/Huyện,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";
    private static readonly Month July2024 = new(2024, 7);

    // handled = 17k = resolved + pending, as in HistoryIngestTests.
    private static string Row(string period, string province, string district, string commune, int k) =>
        $"{period},{province},{district},{commune},SHTT,{10 * k},{5 * k},{2 * k},{8 * k},{4 * k},{k},{3 * k},{k}\n";

    private static readonly string File2024 = Header
        + Row("2024-07", "Vĩnh Phúc", "", "", 1)                         // the province's agencies
        + Row("2024-07", "26", "243", "", 2)                             // Vĩnh Yên's own figures, by code
        + Row("2024-07", "Tỉnh Vĩnh Phúc", "Huyện Lập Thạch", "", 3)     // Lập Thạch's, by name
        + Row("2024-07", "26", "Thanh pho Vinh Yen", "08707", 4)         // a commune with its district, no diacritics
        + Row("2024-07", "26", "", "Xã Quang Sơn", 5)                    // a commune without its district
        + Row("2024-07", "Hòa Bình", "", "", 6);

    [Fact]
    public async Task A_2024_file_with_district_rows_queries_back_per_old_unit_district_and_new_unit()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var result = await db.IngestAsync(File2024);
        Assert.Empty(result.Errors);
        Assert.Equal(6, result.Inserted);

        // The old province: its agencies, both districts and both communes (17 × (1 + 2 + 3 + 4 + 5)).
        var vinhPhuc = await db.With<FigureQuery, Figures>(q => q.TotalAsync(new Scope("26", InOldUnits: true), Period.OfMonth(July2024)));
        Assert.Equal(17 * 15, vinhPhuc.Handled.Value);
        Assert.Equal(await Hand(db, "26"), vinhPhuc.Handled.Value);
        // Per district and commune, from the pre-summed rows.
        var units = (await db.With<FigureQuery, IReadOnlyList<Grouped<string?>>>(q =>
            q.ByCommuneAsync(new Scope("26", InOldUnits: true), Period.OfMonth(July2024)))).ToDictionary(g => g.Key ?? "", g => g.Figures.Handled.Value);
        Assert.Equal(new Dictionary<string, long?> { [""] = 17, ["H243"] = 34, ["H246"] = 51, ["08707"] = 68, ["08764"] = 85 }, units);
        // Today's Phú Thọ: old Vĩnh Phúc (district rows included) and Hòa Bình, exactly; the nation too.
        var phuTho = await db.With<FigureQuery, Figures>(q => q.TotalAsync(new Scope("25"), Period.OfMonth(July2024)));
        Assert.Equal(await Hand(db, "26") + await Hand(db, "17"), phuTho.Handled.Value);
        var nation = await db.With<FigureQuery, Figures>(q => q.TotalAsync(Scope.Nation, Period.OfMonth(July2024)));
        Assert.Equal(17 * 21, nation.Handled.Value);
        // The summaries equal their facts and every district row is one of its province's districts.
        var findings = await db.With<DatabaseCheck, IReadOnlyList<CheckFinding>>(c => c.RunAsync(quick: false));
        Assert.Empty(findings);
    }

    [Fact]
    public async Task Re_ingest_is_a_no_op_and_rollback_restores_the_district_rows()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var first = await db.IngestAsync(File2024);
        Assert.Empty(first.Errors);
        var again = await db.IngestAsync(File2024);
        Assert.Equal((0, 0, 6), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Null(again.BatchId);

        var corrected = await db.IngestAsync(Header + Row("2024-07", "26", "Vĩnh Yên", "", 7));
        Assert.Equal((0, 1), (corrected.Inserted, corrected.Updated));
        Assert.Equal(17 * 7, await Hand(db, "26", "H243"));

        Assert.True((await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(corrected.BatchId!.Value))).Succeeded);
        Assert.Equal(34, await Hand(db, "26", "H243"));
        Assert.True((await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(first.BatchId!.Value))).Succeeded);
        var empty = await db.With<FigureQuery, Figures>(q => q.TotalAsync(new Scope("25"), Period.OfMonth(July2024)));
        Assert.Null(empty.Handled.Value);
    }

    [Fact]
    public async Task Bad_districts_are_refused_naming_row_and_column_and_nothing_is_written()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var result = await db.IngestAsync(Header
            + Row("2024-07", "26", "243", "", 1)
            + Row("2024-07", "26", "Huyện Lập Thạch", "08707", 1)   // Tích Sơn is in Vĩnh Yên
            + Row("2024-07", "26", "Quận Ba Đình", "", 1)           // a district of Hà Nội
            + Row("2024-07", "26", "243", "", 2));                  // the same key twice
        Assert.Equal(["commune_outside_district", "unknown_district", "duplicate_key"], result.Errors.Select(e => e.Code));
        Assert.Equal([3, 4], result.Errors.Take(2).Select(e => e.Row));
        Assert.All(result.Errors.Take(2), e => Assert.Equal("district", e.Column));
        Assert.Null(result.BatchId);
        Assert.Equal(0, await Hand(db, "26"));
    }

    [Fact]
    public async Task A_district_for_2025_08_is_refused_by_kpi_ingest_with_exit_2()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var file = Path.Combine(db.Folder, "phu-tho-2025-08.csv");
        await File.WriteAllTextAsync(file, Header + Row("2025-08", "25", "", "", 1) + Row("2025-08", "25", "Vĩnh Yên", "", 2));
        var run = await KpiProcess.RunAsync(db, "ingest", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("phu-tho-2025-08.csv", run.Error);
        Assert.Contains(":3:district:", run.Error);
        Assert.Contains("Districts were abolished on 01/07/2025", run.Error);
        await using var connection = db.Connect();
        Assert.Null((await FactSql.SumAsync(connection, 202508, 202508)).SingleOrDefault()?["Handled"].Value);
    }

    [Fact]
    public async Task The_form_of_an_old_province_for_2024_07_has_three_levels_and_reads_back_with_the_same_figures()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        Assert.Empty((await db.IngestAsync(File2024)).Errors);
        var file = Path.Combine(db.Folder, "vinh-phuc-2024-07.xlsx");
        var run = await KpiProcess.RunAsync(db, "report", "form06", "--province", "26", "--period", "2024-07", "--out", file);
        Assert.True(run.ExitCode == 0, run.Error);

        using (var workbook = new ClosedXML.Excel.XLWorkbook(file))
        {
            var ws = workbook.Worksheets.First();
            var text = ws.CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Contains(text, t => t.Contains("UBND tỉnh Vĩnh Phúc", StringComparison.Ordinal));
            // Columns 3 (handled) of the three groups' rows: cấp tỉnh 17, cấp huyện 34 + 51, cấp xã 68 + 85, total 255.
            int Handled(string label) => (int)ws.CellsUsed().First(c => c.GetString() == label).WorksheetRow().Cell(3).GetDouble();
            Assert.Equal(17, Handled("Cấp tỉnh"));
            Assert.Equal(85, Handled("Cấp huyện"));
            Assert.Equal(153, Handled("Cấp xã"));
            Assert.Equal(255, Handled("Tổng cộng"));
        }

        // The reader takes the three groups: totals check out, the agencies' row is the stored fact, the district and
        // commune groups are sums over units whose own figures are their rows.
        await using var form = File.OpenRead(file);
        var back = await db.With<IngestService, IngestResult>(s => s.IngestAsync(form, "vinh-phuc-2024-07.xlsx", new IngestOptions()));
        Assert.Empty(back.Errors);
        Assert.True(back.ChangedNothing);
        Assert.Equal(1, back.Unchanged);
        Assert.Contains(back.Warnings, w => w.Code == "commune_level_not_stored" && w.Value == "2");
    }

    /// <summary>Handled of an old province's facts (or one unit column value), in plain SQL.</summary>
    private static async Task<long> Hand(TestDatabase db, string province, string? unit = null)
    {
        await using var connection = db.Connect();
        return (await FactSql.SumAsync(connection, 202407, 202407, province, unit)).SingleOrDefault()?["Handled"].Value ?? 0;
    }
}
