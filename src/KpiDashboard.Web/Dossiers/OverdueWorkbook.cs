using KpiDashboard.Metrics.Concurrency;
using ClosedXML.Excel;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.Web.Dossiers;

/// <summary>The overdue pending dossiers of a unit at a window's end as a workbook: titled, dated, fixed column widths.</summary>
public static class OverdueWorkbook
{
    public const int HeaderRow = 4;

    public static byte[] ToBytes(string unitName, Month month, DateOnly at, int total, IReadOnlyList<OverdueRow> rows, Language language)
    {
        lock (ClosedXmlGate.Lock) return Write(unitName, month, at, total, rows, language);
    }

    private static byte[] Write(string unitName, Month month, DateOnly at, int total, IReadOnlyList<OverdueRow> rows, Language language)
    {
        var vi = language == Language.Vi;
        using var workbook = new XLWorkbook();
        var ws = workbook.AddWorksheet(vi ? "Hồ sơ quá hạn" : "Overdue dossiers");
        ws.Cell(1, 1).SetValue(vi ? $"Hồ sơ đang giải quyết quá hạn – {unitName}" : $"Overdue pending dossiers – {unitName}").Style.Font.SetBold().Font.SetFontSize(13);
        ws.Cell(2, 1).SetValue(vi ? $"Tính đến ngày {at.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} (tháng {month.Number:00}/{month.Year}); hạn đã cộng thời gian chờ bổ sung"
            : $"At {at.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} (month {month.Year}-{month.Number:00}); due dates moved by the supplement days").Style.Font.SetItalic();
        ws.Cell(3, 1).SetValue(rows.Count < total
            ? (vi ? $"{rows.Count} trong {total} hồ sơ (giới hạn của tệp)" : $"{rows.Count} of {total} dossiers (the file's limit)")
            : (vi ? $"{total} hồ sơ" : $"{total} dossiers")).Style.Font.SetItalic();
        string[] headers = vi
            ? ["STT", "Mã hồ sơ", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Xã, phường", "Ngày tiếp nhận", "Hạn trả", "Số ngày làm việc quá hạn"]
            : ["No.", "Dossier code", "Procedure code", "Procedure", "Field", "Commune", "Received", "Due", "Working days over"];
        for (var c = 0; c < headers.Length; c++) ws.Cell(HeaderRow, c + 1).SetValue(headers[c]);
        ws.Row(HeaderRow).Style.Font.SetBold();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var row = HeaderRow + 1 + i;
            ws.Cell(row, 1).SetValue(i + 1);
            ws.Cell(row, 2).SetValue(r.Code);
            ws.Cell(row, 3).SetValue(r.ProcedureCode);
            ws.Cell(row, 4).SetValue(r.ProcedureName);
            ws.Cell(row, 5).SetValue(r.Field);
            ws.Cell(row, 6).SetValue(r.Commune);
            ws.Cell(row, 7).SetValue(r.ReceivedOn.ToDateTime(TimeOnly.MinValue)).Style.NumberFormat.Format = "dd/mm/yyyy";
            ws.Cell(row, 8).SetValue(r.DueOn.ToDateTime(TimeOnly.MinValue)).Style.NumberFormat.Format = "dd/mm/yyyy";
            ws.Cell(row, 9).SetValue(r.WorkingDaysOver).Style.NumberFormat.Format = ExcelFormats.Count;
        }
        // Fixed widths: AdjustToContents measures every cell, too slow for a province's list.
        double[] widths = [6, 22, 14, 48, 28, 24, 14, 12, 14];
        for (var c = 0; c < widths.Length; c++) ws.Column(c + 1).Width = widths[c];
        ws.SheetView.FreezeRows(HeaderRow);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
