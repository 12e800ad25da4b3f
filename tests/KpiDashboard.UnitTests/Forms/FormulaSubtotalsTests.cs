namespace KpiDashboard.UnitTests.Forms;

public sealed class FormulaSubtotalsTests
{
    [Fact]
    public void Subtotals_written_as_SUM_formulas_are_evaluated_and_checked()
    {
        using var form = new FormWorkbook();
        var group = form.Add("I", "Cấp tỉnh");
        var first = form.Add("1", "Tần số vô tuyến điện", 7, 3, 4, 0, 7, 7, 0, 0, 0, 0, 0);
        var last = form.Add("2", "Sở hữu trí tuệ", 2, 1, 1, 0, 2, 2, 0, 0, 0, 0, 0);
        for (var c = 3; c <= 13; c++)
        {
            var letter = form.Sheet.Column(c).ColumnLetter();
            form.Sheet.Cell(group, c).FormulaA1 = $"SUM({letter}{first}:{letter}{last})";
        }

        var result = FormRead.Read(form);

        Assert.Empty(result.File.Errors);
        Assert.Equal(2, result.File.Rows.Count);
    }
}
