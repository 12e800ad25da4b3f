using ClosedXML.Excel;

namespace KpiDashboard.UnitTests.Forms;

public sealed class ParenthesisedNumbersTests
{
    [Fact]
    public void A_numbering_row_written_as_text_in_parentheses_is_recognised()
    {
        using var form = new FormWorkbook(texts: false, numbers: false);
        for (var c = 1; c <= 13; c++) form.Sheet.Cell(5, c).SetValue($"({c})");
        form.NextRow = 6;
        form.Add("1", "Tần số vô tuyến điện", 3, 1, 2, 0, 3, 0, 2, 1, 0, 0, 0);

        var row = Assert.Single(FormRead.Read(form).File.Rows);

        Assert.Equal(2, row.Values.ResolvedOnTime);
    }
}
