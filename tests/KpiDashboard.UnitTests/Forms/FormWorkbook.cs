using ClosedXML.Excel;

namespace KpiDashboard.UnitTests.Forms;

/// <summary>Builds Biểu 06 the way officials fill it in: header block, merged two-level header, the 1–13 row, groups.</summary>
internal sealed class FormWorkbook : IDisposable
{
    public XLWorkbook Workbook { get; } = new();
    public IXLWorksheet Sheet { get; }
    public int NextRow { get; set; }

    public FormWorkbook(string? unit = "UBND tỉnh Phú Thọ", string? period = "Kỳ báo cáo: tháng 7 năm 2025 (Từ ngày 01/07/2025 đến ngày 31/07/2025)",
        bool texts = true, bool numbers = true)
    {
        Sheet = Workbook.Worksheets.Add("Biểu 06");
        Sheet.Cell(1, 1).Value = "Biểu số 06/VPCP/KSTT";
        if (period is not null) Sheet.Range(2, 4, 2, 10).Merge().FirstCell().Value = period;
        if (unit is not null) Sheet.Range(1, 11, 1, 13).Merge().FirstCell().Value = "Đơn vị báo cáo: " + unit;
        Sheet.Cell(3, 11).Value = "Đơn vị tính: Số hồ sơ TTHC";
        var row = 5;
        if (texts)
        {
            Sheet.Range(5, 1, 6, 1).Merge().FirstCell().Value = "STT";
            Sheet.Range(5, 2, 6, 2).Merge().FirstCell().Value = "Lĩnh vực, công việc giải quyết theo cấp";
            Sheet.Range(5, 3, 5, 6).Merge().FirstCell().Value = "Số hồ sơ nhận giải quyết";
            Sheet.Range(5, 7, 5, 10).Merge().FirstCell().Value = "Số hồ sơ đã giải quyết";
            Sheet.Range(5, 11, 5, 13).Merge().FirstCell().Value = "Số hồ sơ đang giải quyết";
            string[] subs = ["Tổng số", "Trong kỳ: Trực tuyến", "Trong kỳ: Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
                "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"];
            for (var i = 0; i < subs.Length; i++) Sheet.Cell(6, 3 + i).Value = subs[i];
            row = 7;
        }
        if (numbers)
        {
            for (var c = 1; c <= 13; c++) Sheet.Cell(row, c).Value = c;
            row++;
        }
        NextRow = row;
    }

    /// <summary>Adds a row: STT, name, then columns 3–13 (a string is typed as text, null leaves the cell empty).</summary>
    public int Add(string stt, string name, params object?[] values)
    {
        var row = NextRow++;
        Sheet.Cell(row, 1).Value = stt;
        Sheet.Cell(row, 2).Value = name;
        for (var i = 0; i < values.Length; i++)
        {
            var cell = Sheet.Cell(row, 3 + i);
            switch (values[i])
            {
                case null: break;
                case string s: cell.SetValue(s); cell.DataType = XLDataType.Text; break;
                case int n: cell.SetValue(n); break;
            }
        }
        return row;
    }

    public MemoryStream Save()
    {
        var stream = new MemoryStream();
        Workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    public void Dispose() => Workbook.Dispose();
}
