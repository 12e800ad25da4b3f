namespace KpiDashboard.UnitTests.Forms;

public sealed class HiddenAndBlankColumnsTests
{
    [Fact]
    public void An_inserted_hidden_helper_column_and_blank_rows_are_ignored()
    {
        using var form = new FormWorkbook();
        form.NextRow++;
        form.Add("1", "Sở hữu trí tuệ", 9, 4, 5, 0, 9, 8, 1, 0, 0, 0, 0);
        form.Sheet.Column(3).InsertColumnsBefore(1);
        form.Sheet.Column(3).Hide();
        form.Sheet.Cell(form.NextRow - 1, 3).Value = "ghi chú nội bộ";

        var result = FormRead.Read(form);

        Assert.Empty(result.File.Errors);
        var row = Assert.Single(result.File.Rows);
        Assert.Equal(9, row.Values.Handled);
        Assert.Equal(4, row.Values.ReceivedOnline);
    }
}
