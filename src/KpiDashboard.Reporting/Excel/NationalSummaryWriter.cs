using KpiDashboard.Metrics.Concurrency;
using System.Globalization;
using ClosedXML.Excel;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Writes the national summary workbook: 1 ranking of provinces with every KPI, 2 provinces × 12 months of the
/// on-time rate, 3 fields nationally, 4 data quality; optionally 5 a chart and the map of the provinces (PNGs embedded
/// without GDI+).
/// Counts are whole numbers, rates real numbers with a percent format; unknown is an empty cell.
/// </summary>
public static class NationalSummaryWriter
{
    public const int HeaderRow = 4;
    public const int FirstDataRow = 5;

    /// <param name="mapPng">The map of the provinces, beside the chart on the chart sheet.</param>
    public static void Write(NationalSummary summary, Stream output, Language language = Language.Vi, byte[]? chartPng = null, byte[]? mapPng = null)
    {
        if (chartPng is null && mapPng is null)
        {
            lock (ClosedXmlGate.Lock)
            {
                using var workbook = CreateWorkbook(summary, language);
                workbook.SaveAs(output);
            }
            return;
        }
        // The image part is added to the saved package, so save to a seekable buffer first.
        using var buffer = new MemoryStream();
        lock (ClosedXmlGate.Lock)
        {
            using var workbook = CreateWorkbook(summary, language, withChartSheet: true);
            workbook.SaveAs(buffer);
        }
        if (chartPng is not null) XlsxImages.AddPng(buffer, TextsFor(language).Chart, chartPng, row: 3, column: 1);
        // Right of the 900-pixel ranking chart (about 14 default columns).
        if (mapPng is not null) XlsxImages.AddPng(buffer, TextsFor(language).Chart, mapPng, row: 3, column: chartPng is null ? 1 : 16, name: "Map");
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public static byte[] ToBytes(NationalSummary summary, Language language = Language.Vi, byte[]? chartPng = null, byte[]? mapPng = null)
    {
        using var stream = new MemoryStream();
        Write(summary, stream, language, chartPng, mapPng);
        return stream.ToArray();
    }

    public static XLWorkbook CreateWorkbook(NationalSummary summary, Language language = Language.Vi, bool withChartSheet = false)
    {
        var t = TextsFor(language);
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = ExcelFormats.FontName;
        workbook.Style.Font.FontSize = 11;
        var period = PeriodText.ReportingPeriod(summary.Period, summary.Window, language);

        var ranking = workbook.Worksheets.Add(t.Ranking);
        Title(ranking, t.RankingTitle, period);
        WriteFiguresTable(ranking, [t.Rank, t.Code, t.Province], summary.Provinces,
            r => [r.Rank is { } k ? k : null, r.Unit.Code, r.Unit.Name(language)], language);

        var months = workbook.Worksheets.Add(t.Months);
        Title(months, t.MonthsTitle, period);
        WriteMonths(months, summary, t, language);

        var fields = workbook.Worksheets.Add(t.Fields);
        Title(fields, t.FieldsTitle, period);
        WriteFiguresTable(fields, [t.Code, t.Field], summary.Fields, r => [r.Unit.Code, r.Unit.Name(language)], language);

        var quality = workbook.Worksheets.Add(t.Quality);
        Title(quality, t.QualityTitle, period);
        WriteQuality(quality, summary.Quality, t, language);

        if (withChartSheet)
        {
            var chart = workbook.Worksheets.Add(t.Chart);
            Title(chart, t.ChartTitle, period);
            PageSetup(chart, 0);
            chart.PageSetup.FitToPages(1, 1);
        }
        return workbook;
    }

    private static void Title(IXLWorksheet ws, string title, string period)
    {
        ws.Cell(1, 1).SetValue(title).Style.Font.SetBold().Font.SetFontSize(13);
        ws.Cell(2, 1).SetValue(period).Style.Font.SetItalic();
    }

    /// <summary>Leading identity columns, then the 12 measures and the 6 rates; returns nothing, fills from row 5.</summary>
    private static void WriteFiguresTable(IXLWorksheet ws, string[] leading, IReadOnlyList<RankedFigures> rows,
        Func<RankedFigures, object?[]> identity, Language language)
    {
        var headers = leading.Concat(MeasureNames.All.Concat(MeasureNames.Rates).Select(n => KpiLabels.For(n, language))).ToList();
        Header(ws, headers);
        var row = FirstDataRow;
        foreach (var r in rows)
        {
            var values = identity(r);
            for (var c = 0; c < values.Length; c++)
            {
                var cell = ws.Cell(row, c + 1);
                switch (values[c])
                {
                    case int n: cell.SetValue(n); break;
                    case string s: cell.SetValue(s); break;
                }
            }
            var col = leading.Length + 1;
            foreach (var name in MeasureNames.All) ExcelFormats.SetCount(ws.Cell(row, col++), MeasureNames.Get(r.Figures, name));
            foreach (var name in MeasureNames.Rates) ExcelFormats.SetRate(ws.Cell(row, col++), MeasureNames.GetRate(r.Figures, name));
            row++;
        }
        Borders(ws, headers.Count, row - 1);
        ws.Range(FirstDataRow, 1, Math.Max(FirstDataRow, row - 1), leading.Length - 1).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        for (var c = 1; c <= leading.Length; c++) ws.Column(c).Width = c == leading.Length ? 30 : 8;
        for (var c = leading.Length + 1; c <= headers.Count; c++) ws.Column(c).Width = c > leading.Length + MeasureNames.All.Count ? 13 : 11;
        ws.Row(HeaderRow).Height = 78;
        ws.SheetView.Freeze(HeaderRow, leading.Length);
        PageSetup(ws, HeaderRow);
    }

    private static void WriteMonths(IXLWorksheet ws, NationalSummary summary, Texts t, Language language)
    {
        Header(ws, [t.Code, t.Province, .. summary.Months.Select(m => m.ToString())]);
        ws.Cell(3, 1).SetValue(KpiLabels.For(MeasureNames.OnTimeRate, language)).Style.Font.SetItalic();
        var row = FirstDataRow;
        foreach (var p in summary.MonthlyOnTime)
        {
            ws.Cell(row, 1).SetValue(p.Province.Code);
            ws.Cell(row, 2).SetValue(p.Province.Name(language));
            for (var i = 0; i < p.Rates.Count; i++) ExcelFormats.SetRate(ws.Cell(row, 3 + i), p.Rates[i]);
            row++;
        }
        Borders(ws, 2 + summary.Months.Count, row - 1);
        ws.Column(1).Width = 8;
        ws.Column(2).Width = 30;
        for (var c = 3; c <= 2 + summary.Months.Count; c++) ws.Column(c).Width = 10;
        ws.Row(HeaderRow).Height = 20;
        ws.SheetView.Freeze(HeaderRow, 2);
        PageSetup(ws, HeaderRow);
    }

    private static void WriteQuality(IXLWorksheet ws, DataQuality q, Texts t, Language language)
    {
        ws.Column(1).Width = 12;
        ws.Column(2).Width = 30;
        for (var c = 3; c <= 7; c++) ws.Column(c).Width = 16;
        ws.Column(5).Width = 34;

        var row = HeaderRow;
        Section(ws, row++, $"{t.ProvincesWithout} ({q.ProvincesWithoutFigures.Count})");
        Header(ws, [t.Code, t.Province], row++);
        foreach (var p in q.ProvincesWithoutFigures)
        {
            ws.Cell(row, 1).SetValue(p.Code);
            ws.Cell(row++, 2).SetValue(p.Name(language));
        }

        row++;
        Section(ws, row++, $"{t.CommunesWithout} ({q.Communes.Sum(c => c.WithoutFigures)})");
        Header(ws, [t.Code, t.Province, t.CommuneCount, t.CommunesWithFigures, t.CommunesWithoutFigures], row++);
        foreach (var c in q.Communes)
        {
            ws.Cell(row, 1).SetValue(c.Province.Code);
            ws.Cell(row, 2).SetValue(c.Province.Name(language));
            ws.Cell(row, 3).SetValue(c.Communes);
            ws.Cell(row, 4).SetValue(c.WithFigures);
            ws.Cell(row, 5).SetValue(c.WithoutFigures);
            ws.Range(row, 3, row, 5).Style.NumberFormat.Format = ExcelFormats.Count;
            row++;
        }

        row++;
        Section(ws, row++, $"{t.Warnings} ({q.IdentityWarningCount})");
        Header(ws, [t.Month, t.Code, t.Commune, t.Field, t.Identity, t.Left, t.Right], row++);
        foreach (var w in q.IdentityWarnings)
        {
            ws.Cell(row, 1).SetValue(w.Month.ToString());
            ws.Cell(row, 2).SetValue(w.ProvinceCode);
            ws.Cell(row, 3).SetValue(w.CommuneCode ?? "");
            ws.Cell(row, 4).SetValue(w.FieldCode);
            ws.Cell(row, 5).SetValue(w.Identity);
            ws.Cell(row, 6).SetValue(w.Left);
            ws.Cell(row, 7).SetValue(w.Right);
            ws.Range(row, 6, row, 7).Style.NumberFormat.Format = ExcelFormats.Count;
            row++;
        }
        if (q.IdentityWarningCount > q.IdentityWarnings.Count)
            ws.Cell(row, 1).SetValue(string.Format(CultureInfo.InvariantCulture, t.MoreWarnings, q.IdentityWarningCount - q.IdentityWarnings.Count))
                .Style.Font.SetItalic();
        PageSetup(ws, 0);
    }

    private static void Section(IXLWorksheet ws, int row, string text) => ws.Cell(row, 1).SetValue(text).Style.Font.SetBold();

    private static void Header(IXLWorksheet ws, IReadOnlyList<string> headers, int row = HeaderRow)
    {
        for (var c = 0; c < headers.Count; c++) ws.Cell(row, c + 1).SetValue(headers[c]);
        var range = ws.Range(row, 1, row, headers.Count);
        range.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#F2F2F2"))
            .Alignment.SetWrapText().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Center)
            .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
    }

    private static void Borders(IXLWorksheet ws, int columns, int lastRow)
    {
        if (lastRow < FirstDataRow) return;
        var range = ws.Range(FirstDataRow, 1, lastRow, columns);
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    private static void PageSetup(IXLWorksheet ws, int repeatRow)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.FitToPages(1, 0);
        if (repeatRow > 0) ws.PageSetup.SetRowsToRepeatAtTop(repeatRow, repeatRow);
    }

    internal static Texts TextsFor(Language language) => language == Language.Vi ? Vi : En;

    internal sealed record Texts(
        string Ranking, string RankingTitle, string Months, string MonthsTitle, string Fields, string FieldsTitle,
        string Quality, string QualityTitle, string Chart, string ChartTitle,
        string Rank, string Code, string Province, string Field, string Commune, string Month,
        string ProvincesWithout, string CommunesWithout, string CommuneCount, string CommunesWithFigures, string CommunesWithoutFigures,
        string Warnings, string Identity, string Left, string Right, string MoreWarnings);

    private static readonly Texts Vi = new(
        "Xếp hạng", "Xếp hạng 34 tỉnh, thành phố theo tỷ lệ đúng hạn (Chỉ số 766, chỉ tiêu 2.1)",
        "Đúng hạn 12 tháng", "Tỷ lệ giải quyết đúng hạn của các tỉnh, thành phố trong 12 tháng",
        "Lĩnh vực", "Kết quả giải quyết theo lĩnh vực, toàn quốc",
        "Chất lượng dữ liệu", "Chất lượng số liệu của kỳ báo cáo", "Biểu đồ", "Biểu đồ",
        "Hạng", "Mã", "Tỉnh, thành phố", "Lĩnh vực", "Mã xã", "Tháng",
        "Tỉnh, thành phố chưa có số liệu", "Xã, phường, đặc khu chưa có số liệu", "Số xã, phường, đặc khu",
        "Có số liệu", "Chưa có số liệu",
        "Cảnh báo đẳng thức của biểu", "Đẳng thức", "Vế trái", "Vế phải", "… và {0} cảnh báo khác");

    private static readonly Texts En = new(
        "Ranking", "Ranking of the 34 provinces by on-time rate (Decision 766, indicator 2.1)",
        "On-time 12 months", "On-time rate of the provinces over 12 months",
        "Fields", "Results by field, nationally",
        "Data quality", "Data quality of the reporting period", "Chart", "Chart",
        "Rank", "Code", "Province", "Field", "Commune code", "Month",
        "Provinces with no figures", "Communes with no figures", "Communes",
        "With figures", "Without figures",
        "Identity warnings of the form", "Identity", "Left side", "Right side", "… and {0} more warnings");
}
