namespace KpiDashboard.UnitTests.Forms;

public sealed class UnknownFieldTests
{
    [Fact]
    public void A_field_the_directory_does_not_know_is_an_error_on_its_name_cell()
    {
        using var form = new FormWorkbook();
        var row = form.Add("1", "1. Lĩnh vực không có thật", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0);

        var error = Assert.Single(FormRead.Read(form).File.Errors);

        Assert.Equal("unknown_field", error.Code);
        Assert.Equal($"B{row}", error.Column);
    }
}
