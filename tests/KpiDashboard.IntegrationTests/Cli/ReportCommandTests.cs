using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Cli;

public sealed class ReportCommandTests : DatabaseTest
{
    protected override async Task SeedAsync()
    {
        // Real (not demo) figures, so a round trip is a plain comparison of values.
        await Database.IngestAsync(Csv.Header +
            "2025-07,25,,TSVTD,30,13,10,27,8,0,17,1\n" +
            "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n" +
            "2025-07,42,,SHTT,5,5,0,4,4,1,1,0\n");
    }

    private Task<KpiProcess.Run> Kpi(params string[] args) => KpiProcess.RunAsync(Database, args);

    [Fact]
    public async Task The_command_line_archives_as_the_operator_recording_each_files_scope()
    {
        var root = Path.Combine(Database.Folder, "reports");
        foreach (var args in new[] { new[] { "report", "national", "--period", "2025-07" }, ["report", "form06", "--period", "2025-07", "--province", "42"] })
        {
            var start = KpiProcess.Start(Database, args);
            start.Environment["Reports__Root"] = root;
            var run = await KpiProcess.RunAsync(start);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.StartsWith(root, run.Out.Trim());
        }
        var archive = new KpiDashboard.Reporting.Excel.ReportArchive(new() { Root = root }, TimeProvider.System);
        var coverage = (await archive.ListAsync()).ToDictionary(e => e.FileName, e => e.Coverage);
        Assert.Equal(new KpiDashboard.Reporting.Excel.ReportCoverage("nation", null, null), coverage["TongHop_ToanQuoc_2025-07.xlsx"]);
        Assert.Equal(new KpiDashboard.Reporting.Excel.ReportCoverage("province:42", null, ["42"]), coverage["Bieu06_HaTinh_2025-07.xlsx"]);
    }

    [Fact]
    public async Task Form06_for_a_province_has_its_fields_and_total()
    {
        var file = Path.Combine(Database.Folder, "form.xlsx");
        var run = await Kpi("report", "form06", "--period", "2025-07", "--province", "Phú Thọ", "--out", file);
        Assert.Equal(0, run.ExitCode);
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheets.First();
        var cells = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(cells, c => c.Contains("Tình hình, kết quả giải quyết thủ tục hành chính", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Tần số vô tuyến điện", cells);
        Assert.Contains("Sở hữu trí tuệ", cells);
        // Column 3 (handled) of the grand total: 43 + 10 carried over + 34 + 6.
        var total = sheet.RowsUsed().Last(r => r.Cell(3).DataType == XLDataType.Number);
        Assert.Equal(93, total.Cell(3).GetDouble());
    }

    [Fact]
    public async Task The_csv_export_ingests_back_unchanged()
    {
        var file = Path.Combine(Database.Folder, "facts.csv");
        Assert.Equal(0, (await Kpi("export", "csv", "--period", "2025-Q3", "--out", file)).ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(file)[..3]);
        var ingest = await Kpi("ingest", file);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("unchanged 3", ingest.Out.Replace("không đổi/", ""));
        Assert.Contains("nothing changed", ingest.Out);
    }

    [Fact]
    public async Task The_national_summary_ranks_the_provinces()
    {
        var file = Path.Combine(Database.Folder, "national.xlsx");
        Assert.Equal(0, (await Kpi("report", "national", "--period", "2025-07", "--lang", "en", "--out", file)).ExitCode);
        // The workbook embeds a chart image, which ClosedXML 0.95 cannot reopen without GDI+: read its parts directly.
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal));
        using var strings = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open());
        var text = await strings.ReadToEndAsync();
        Assert.Contains("Phu Tho", text);
        Assert.Contains("Ha Tinh", text);
    }

    [Theory]
    [InlineData("report", "form06", "--period", "2025-07", "--province", "25", "--commune", "00004")]
    [InlineData("report", "form06", "--period", "2025-07", "--lang", "fr")]
    [InlineData("report", "national", "--period", "July")]
    [InlineData("export", "csv", "--period", "2025-07", "--province", "Atlantis")]
    public async Task Bad_report_requests_exit_2(params string[] args) => Assert.Equal(2, (await Kpi(args)).ExitCode);
}
