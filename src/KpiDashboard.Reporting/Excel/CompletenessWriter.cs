using KpiDashboard.Metrics.Concurrency;
using System.Globalization;
using ClosedXML.Excel;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// The completeness page as a workbook: 1 every unit due, its state, when it was sent, its deadline and how late;
/// 2 the reporting rates per province and in total, and their twelve-month trend. Titled and dated in the language asked.
/// </summary>
public static class CompletenessWriter
{
    public const int HeaderRow = 5;
    public const int FirstDataRow = 6;

    public static byte[] ToBytes(CompletenessReport report, ReportingWindowKind window, Language language = Language.Vi)
    {
        lock (ClosedXmlGate.Lock)
        {
            using var workbook = CreateWorkbook(report, window, language);
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            return stream.ToArray();
        }
    }

    public static ReportFileName FileName(CompletenessReport report, Language language) =>
        ReportFileName.Make(language == Language.Vi ? "TìnhHìnhBáoCáo" : "Reporting",
            report.ProvinceName ?? (language == Language.Vi ? "ToànQuốc" : "Nation"), Period.OfMonth(report.Month), "xlsx");

    public static XLWorkbook CreateWorkbook(CompletenessReport report, ReportingWindowKind window, Language language = Language.Vi)
    {
        var vi = language == Language.Vi;
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = ExcelFormats.FontName;
        workbook.Style.Font.FontSize = 11;
        var period = PeriodText.ReportingPeriod(Period.OfMonth(report.Month), window, language);
        var today = DateOnly.FromDateTime(VietnamTime.ToVietnam(report.AsOfUtc).DateTime);
        var dated = vi
            ? string.Create(CultureInfo.InvariantCulture, $"Lập ngày {today.Day:D2} tháng {today.Month} năm {today.Year}; trễ hạn tính theo ngày làm việc")
            : $"Made on {today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))}; lateness in working days";
        var scope = report.ProvinceName ?? (report.AllProvinces ? (vi ? "Toàn quốc" : "Nationwide") : (vi ? "Các tỉnh được xem" : "Provinces you may read"));
        var level = report.Level is { } l ? LevelName(l, language) : (vi ? "mọi cấp" : "all levels");

        if (report.ListShown)
        {
            var list = workbook.Worksheets.Add(vi ? "Danh sách" : "Units");
            Title(list, vi ? "TÌNH HÌNH GỬI BÁO CÁO ĐỊNH KỲ" : "COMPLETENESS AND TIMELINESS OF REPORTS", $"{period} · {scope} · {level}", dated);
            WriteList(list, report, language);
        }
        var rates = workbook.Worksheets.Add(vi ? "Tỷ lệ báo cáo" : "Reporting rates");
        Title(rates, vi ? "TỶ LỆ ĐƠN VỊ GỬI BÁO CÁO VÀ GỬI ĐÚNG HẠN" : "REPORTING RATE AND REPORTING RATE ON TIME", $"{period} · {scope} · {level}", dated);
        WriteRates(rates, report, language);
        return workbook;
    }

    private static void Title(IXLWorksheet ws, string title, string period, string dated)
    {
        ws.Cell(1, 1).SetValue(title).Style.Font.SetBold().Font.SetFontSize(13);
        ws.Cell(2, 1).SetValue(period).Style.Font.SetItalic();
        ws.Cell(3, 1).SetValue(dated).Style.Font.SetItalic();
    }

    private static void WriteList(IXLWorksheet ws, CompletenessReport report, Language language)
    {
        var vi = language == Language.Vi;
        string[] headers = vi
            ? ["STT", "Mã đơn vị", "Đơn vị", "Cấp", "Tỉnh", "Trạng thái", "Gửi lúc", "Hạn gửi", "Trễ hạn", "Số ngày làm việc trễ", "Người duyệt", "Duyệt lúc"]
            : ["No.", "Unit code", "Unit", "Level", "Province", "State", "Sent at", "Deadline", "Late", "Working days late", "Approved by", "Approved at"];
        Header(ws, headers);
        var names = report.Provinces.ToDictionary(p => p.Code, p => p.Name);
        var row = FirstDataRow;
        foreach (var (line, i) in report.Lines.Select((l, i) => (l, i)))
        {
            var r = line.Row;
            ws.Cell(row, 1).SetValue(i + 1);
            ws.Cell(row, 2).SetValue(r.UnitCode);
            ws.Cell(row, 3).SetValue(r.UnitName);
            ws.Cell(row, 4).SetValue(LevelName(r.Level, language));
            ws.Cell(row, 5).SetValue(names.GetValueOrDefault(r.ProvinceCode, r.ProvinceCode));
            ws.Cell(row, 6).SetValue(StateName(r.State, language));
            if (r.SubmittedUtc is { } sent) Time(ws.Cell(row, 7), sent);
            ws.Cell(row, 8).SetValue(r.Deadline.ToDateTime(TimeOnly.MinValue)).Style.NumberFormat.Format = "dd/mm/yyyy";
            ws.Cell(row, 9).SetValue(r.Late ? (vi ? "Có" : "Yes") : (vi ? "Không" : "No"));
            ws.Cell(row, 10).SetValue(line.WorkingDaysLate).Style.NumberFormat.Format = ExcelFormats.Count;
            if (r.ApprovedBy is { } by) ws.Cell(row, 11).SetValue(by);
            if (r.ApprovedUtc is { } approved) Time(ws.Cell(row, 12), approved);
            row++;
        }
        Borders(ws, headers.Length, row - 1);
        double[] widths = [6, 10, 40, 16, 22, 14, 17, 12, 9, 12, 26, 17];
        for (var c = 0; c < widths.Length; c++) ws.Column(c + 1).Width = widths[c];
        ws.Row(HeaderRow).Height = 32;
        ws.SheetView.Freeze(HeaderRow, 3);
        PageSetup(ws);
    }

    private static void WriteRates(IXLWorksheet ws, CompletenessReport report, Language language)
    {
        var vi = language == Language.Vi;
        string[] headers = vi
            ? ["Mã", "Tỉnh, thành phố", "Số đơn vị phải báo cáo", "Đã gửi", "Gửi đúng hạn", "Tỷ lệ gửi báo cáo", "Tỷ lệ gửi đúng hạn"]
            : ["Code", "Province", "Units due", "Reported", "On time", "Reporting rate", "Reporting rate on time"];
        Header(ws, headers);
        var row = FirstDataRow;
        foreach (var p in report.Provinces) RateRow(ws, row++, p.Code, p.Name, p.Rate);
        RateRow(ws, row, "", report.AllProvinces ? (vi ? "Toàn quốc" : "Nationwide") : (vi ? "Tổng" : "Total"), report.Total);
        ws.Range(row, 1, row, headers.Length).Style.Font.SetBold();
        Borders(ws, headers.Length, row);

        row += 2;
        ws.Cell(row++, 1).SetValue(vi ? "Xu hướng 12 tháng" : "Twelve-month trend").Style.Font.SetBold();
        string[] trendHeaders = vi
            ? ["Tháng", "", "Số đơn vị phải báo cáo", "Đã gửi", "Gửi đúng hạn", "Tỷ lệ gửi báo cáo", "Tỷ lệ gửi đúng hạn"]
            : ["Month", "", "Units due", "Reported", "On time", "Reporting rate", "Reporting rate on time"];
        Header(ws, trendHeaders, row++);
        var first = row;
        foreach (var m in report.Trend) RateRow(ws, row++, m.Month.ToString(), "", m.Rate);
        Borders(ws, trendHeaders.Length, row - 1, first);
        double[] widths = [9, 34, 14, 10, 12, 14, 14];
        for (var c = 0; c < widths.Length; c++) ws.Column(c + 1).Width = widths[c];
        ws.Row(HeaderRow).Height = 32;
        PageSetup(ws);
    }

    private static void RateRow(IXLWorksheet ws, int row, string code, string name, ReportingRate rate)
    {
        ws.Cell(row, 1).SetValue(code);
        ws.Cell(row, 2).SetValue(name);
        ws.Cell(row, 3).SetValue(rate.Expected);
        ws.Cell(row, 4).SetValue(rate.Reported);
        ws.Cell(row, 5).SetValue(rate.OnTime);
        ws.Range(row, 3, row, 5).Style.NumberFormat.Format = ExcelFormats.Count;
        // A rate over no unit due is unknown: an empty cell.
        if (rate.Rate is { } r) ws.Cell(row, 6).SetValue(r);
        if (rate.OnTimeRate is { } t) ws.Cell(row, 7).SetValue(t);
        ws.Range(row, 6, row, 7).Style.NumberFormat.Format = ExcelFormats.Percent;
    }

    private static void Time(IXLCell cell, DateTimeOffset utc)
    {
        cell.SetValue(VietnamTime.ToVietnam(utc).DateTime);
        cell.Style.NumberFormat.Format = "dd/mm/yyyy hh:mm";
    }

    public static string LevelName(ReportingLevel level, Language language) => language == Language.Vi
        ? level switch { ReportingLevel.Province => "Tỉnh", ReportingLevel.Agency => "Cơ quan cấp tỉnh", _ => "Xã" }
        : level switch { ReportingLevel.Province => "Province", ReportingLevel.Agency => "Provincial agencies", _ => "Commune" };

    public static string StateName(SubmissionState state, Language language) => language == Language.Vi
        ? state.NameVi()
        : state switch
        {
            SubmissionState.NotStarted => "not started",
            SubmissionState.Draft => "draft",
            SubmissionState.Submitted => "submitted",
            SubmissionState.Returned => "returned",
            _ => "approved",
        };

    private static void Header(IXLWorksheet ws, IReadOnlyList<string> headers, int row = HeaderRow)
    {
        for (var c = 0; c < headers.Count; c++) ws.Cell(row, c + 1).SetValue(headers[c]);
        ws.Range(row, 1, row, headers.Count).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#F2F2F2"))
            .Alignment.SetWrapText().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Center)
            .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
    }

    private static void Borders(IXLWorksheet ws, int columns, int lastRow, int firstRow = FirstDataRow)
    {
        if (lastRow < firstRow) return;
        ws.Range(firstRow, 1, lastRow, columns).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
    }

    private static void PageSetup(IXLWorksheet ws)
    {
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
    }
}
