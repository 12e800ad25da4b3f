namespace KpiDashboard.UnitTests.Forms;

public sealed class IdentityInRowTests
{
    [Fact]
    public void A_row_whose_total_is_not_its_parts_is_an_error_on_the_total_cell()
    {
        using var form = new FormWorkbook();
        var row = form.Add("1", "Sở hữu trí tuệ", 9, 4, 5, 0, 9, 5, 1, 0, 0, 0, 0);

        var errors = FormRead.Read(form).File.Errors;

        Assert.All(errors, e => Assert.Equal("identity_broken", e.Code));
        Assert.Contains(errors, e => e.Column == $"G{row}");
    }
}
