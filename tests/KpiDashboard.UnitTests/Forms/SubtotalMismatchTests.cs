namespace KpiDashboard.UnitTests.Forms;

public sealed class SubtotalMismatchTests
{
    [Fact]
    public void A_subtotal_that_is_not_the_sum_of_its_rows_is_an_error_naming_the_cell()
    {
        using var form = new FormWorkbook();
        var subtotal = form.Add("I", "Cấp tỉnh", 10, 4, 6, 0, 10, 10, 0, 0, 0, 0, 0);
        form.Add("1", "Tần số vô tuyến điện", 7, 3, 4, 0, 7, 7, 0, 0, 0, 0, 0);
        form.Add("2", "Sở hữu trí tuệ", 2, 1, 1, 0, 2, 2, 0, 0, 0, 0, 0);

        var result = FormRead.Read(form);

        var error = Assert.Single(result.File.Errors, e => e.Code == "total_mismatch" && e.Column == $"C{subtotal}");
        Assert.Contains($"C{subtotal}", error.Message);
        Assert.Empty(result.File.Rows);
    }
}
