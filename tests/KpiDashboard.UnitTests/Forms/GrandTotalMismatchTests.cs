namespace KpiDashboard.UnitTests.Forms;

public sealed class GrandTotalMismatchTests
{
    [Fact]
    public void The_total_row_is_checked_against_every_field_row_and_not_stored()
    {
        using var form = new FormWorkbook();
        form.Add("1", "Tần số vô tuyến điện", 7, 3, 4, 0, 7, 7, 0, 0, 0, 0, 0);
        form.Add("2", "Sở hữu trí tuệ", 2, 1, 1, 0, 2, 2, 0, 0, 0, 0, 0);
        var total = form.Add("", "Tổng cộng", 9, 4, 5, 0, 9, 8, 0, 0, 0, 0, 0);

        var result = FormRead.Read(form);

        var error = Assert.Single(result.File.Errors);
        Assert.Equal("total_mismatch", error.Code);
        Assert.Equal($"H{total}", error.Column);
    }
}
