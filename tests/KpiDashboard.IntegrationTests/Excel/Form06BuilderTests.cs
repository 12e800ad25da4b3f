using ClosedXML.Excel;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.IntegrationTests.Excel;

public sealed class Form06BuilderTests(SeedDatabase seed) : IClassFixture<SeedDatabase>
{
    private static readonly Period July = Period.Parse("2025-07");

    private async Task<Form06Report> BuildAsync(Scope scope, AccessScope? access = null)
    {
        await using var db = seed.Open();
        access ??= AccessScope.All;
        var builder = new Form06Builder(db, new FigureQuery(db, access), access, TimeProvider.System, new ReportingOptions());
        return await builder.BuildAsync(scope, July, new Form06Options { Date = new DateOnly(2025, 8, 5) });
    }

    [Fact]
    public async Task Phu_Tho_July_2025_has_the_seed_article_figures()
    {
        var report = await BuildAsync(new Scope(SeedDatabase.PhuTho));

        Assert.Equal(new Form06Header("UBND tỉnh Phú Thọ", "Văn phòng Chính phủ", July, ReportingWindowKind.Decree09), report.Header);
        Assert.Equal(new Form06Footer("Phú Thọ", new DateOnly(2025, 8, 5)), report.Footer);
        Assert.Equal([Form06Level.Province, Form06Level.Commune], report.Groups.Select(g => g.Level));

        var provincial = report.Groups[0];
        Assert.Equal(7, provincial.Rows.Count);
        Assert.Equal(43, provincial.Rows.Single(r => r.FieldCode == "TSVTD").Figures.Received.Value);
        Assert.Equal(34, provincial.Rows.Single(r => r.FieldCode == "SHTT").Figures.Received.Value);
        Assert.Equal(Quantity.Known(91), provincial.Figures.Received);
        Assert.Equal(Quantity.Known(73), provincial.Figures.Resolved);
        Assert.Equal(Quantity.Known(55), provincial.Figures.ResolvedEarly);
        // (3) is not known (nothing carried over is reported): at least 91, marked.
        Assert.Equal(new Quantity(91, false), provincial.Subtotal[0]);
        Assert.Equal(Quantity.Known(73), provincial.Subtotal[4]);
        Assert.Equal(Quantity.Known(55), provincial.Subtotal[5]);

        var communes = Assert.Single(report.Groups[1].Rows);
        Assert.Equal(("SHTT", Quantity.Known(9)), (communes.FieldCode, communes.Figures.Handled));
    }

    [Fact]
    public async Task A_restricted_readers_nation_form_names_their_provinces_not_the_whole_country()
    {
        var report = await BuildAsync(Scope.Nation, AccessScope.ForProvinces([SeedDatabase.PhuTho], canIngest: true));

        Assert.Equal("Tổng hợp: Phú Thọ", report.Header.ReportingUnit);
        Assert.Equal("Phú Thọ", report.Footer.Place);
        Assert.Equal(Quantity.Known(91), report.Groups[0].Figures.Received);
    }

    [Fact]
    public async Task The_workbook_reads_back_equal_to_the_database()
    {
        var report = await BuildAsync(new Scope(SeedDatabase.PhuTho));
        var path = Path.Combine(Path.GetTempPath(), $"form06-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = File.Create(path)) Form06Writer.Write(report, file);
            using var wb = new XLWorkbook(path);
            var ws = wb.Worksheet(1);

            Assert.Equal("Đơn vị báo cáo: UBND tỉnh Phú Thọ", ws.Cell("K1").GetString());
            Assert.Equal(("I", "Cấp tỉnh"), (ws.Cell("A8").GetString(), ws.Cell("B8").GetString()));
            Assert.Equal(91, ws.Cell("C8").GetDouble());
            Assert.Equal(ExcelFormats.IncompleteCount, ws.Cell("C8").Style.NumberFormat.Format);
            Assert.Equal(73, ws.Cell("G8").GetDouble());
            Assert.Equal(55, ws.Cell("H8").GetDouble());
            Assert.True(ws.Cell("I8").IsEmpty());
            Assert.True(ws.Cell("D8").IsEmpty());

            // Every field row against the database, field by field and level by level.
            await using var db = seed.Open();
            var byField = await new FigureQuery(db).SumByAsync(new Scope(SeedDatabase.PhuTho), July.First, July.Last,
                f => new { f.FieldCode, IsCommune = f.CommuneCode != null });
            var names = db.Fields.ToDictionary(f => f.NameVi, f => f.Code);
            var row = 9;
            foreach (var level in new[] { false, true })
            {
                for (; ws.Cell(row, 1).GetString() is var n && n.Length > 0 && char.IsAsciiDigit(n[0]); row++)
                {
                    var code = names[ws.Cell(row, 2).GetString()];
                    var expected = Form06Columns.Of(byField.Single(g => g.Key.FieldCode == code && g.Key.IsCommune == level).Figures);
                    for (var c = 0; c < Form06Columns.Count; c++)
                        Assert.Equal(expected[c].Value, ws.Cell(row, 3 + c).IsEmpty() ? null : (long)ws.Cell(row, 3 + c).GetDouble());
                }
                row++; // the next group's row
            }
            // Tân Lạc's complete row satisfies every identity on the sheet.
            var tanLac = 8 + 1 + 7 + 1; // Cấp tỉnh, its 7 fields, Cấp xã
            Assert.Equal("Cấp xã", ws.Cell(tanLac - 1, 2).GetString());
            double C(int col) => ws.Cell(tanLac, col).GetDouble();
            Assert.Equal(C(3), C(4) + C(5) + C(6));
            Assert.Equal(C(7), C(8) + C(9) + C(10));
            Assert.Equal(C(11), C(12) + C(13));
            Assert.Equal(C(3), C(7) + C(11));

            // Grand total = subtotals, and the database total where it is complete.
            var total = await new FigureQuery(db).TotalAsync(new Scope(SeedDatabase.PhuTho), July);
            var grand = tanLac + 1;
            Assert.Equal("Tổng cộng", ws.Cell(grand, 2).GetString());
            Assert.Equal(total.Resolved.Value, (long)ws.Cell(grand, 7).GetDouble());
            Assert.Equal(73 + 7, ws.Cell(grand, 7).GetDouble());
            Assert.Equal(55 + 4, ws.Cell(grand, 8).GetDouble());
            Assert.Equal(91 + 9, ws.Cell(grand, 3).GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_commune_form_has_the_commune_level_only()
    {
        var report = await BuildAsync(new Scope(CommuneCode: SeedDatabase.TanLac));
        Assert.Equal("UBND xã Tân Lạc", report.Header.ReportingUnit);
        Assert.Equal("UBND tỉnh Phú Thọ", report.Header.ReceivingUnit);
        var group = Assert.Single(report.Groups);
        Assert.Equal(Form06Level.Commune, group.Level);
        Assert.Equal(Quantity.Known(9), group.Subtotal[0]);
    }

    [Fact]
    public async Task A_national_form_sums_every_province()
    {
        var report = await BuildAsync(Scope.Nation);
        Assert.Equal("Toàn quốc (tổng hợp)", report.Header.ReportingUnit);
        await using var db = seed.Open();
        var total = await new FigureQuery(db).TotalAsync(Scope.Nation, July);
        Assert.Equal(total, report.Figures);
    }
}
