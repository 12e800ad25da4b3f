namespace KpiDashboard.UnitTests.Forms;

public sealed class NumberRowWithoutTextsTests
{
    [Fact]
    public void The_row_numbering_columns_1_to_13_locates_the_columns()
    {
        using var form = new FormWorkbook(texts: false);
        form.Add("1", "Tần số vô tuyến điện", 3, 1, 2, 0, 3, 0, 2, 1, 0, 0, 0);

        var row = Assert.Single(FormRead.Read(form).File.Rows);

        Assert.Equal(1, row.Values.ResolvedLate);
        Assert.Equal(0, row.Values.PendingOverdue);
    }
}
