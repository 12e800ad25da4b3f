namespace KpiDashboard.UnitTests.Forms;

public sealed class ThousandsAsTextTests
{
    [Fact]
    public void Numbers_typed_as_text_with_Vietnamese_thousands_dots_are_read()
    {
        using var form = new FormWorkbook();
        form.Add("1", "Sở hữu trí tuệ", "1.234", "1.000", "234", "0", "1.234", "1.200", "34", "0", "0", "0", "0");

        var row = Assert.Single(FormRead.Read(form).File.Rows);

        Assert.Equal(1234, row.Values.Handled);
        Assert.Equal(1000, row.Values.ReceivedOnline);
    }

    [Fact]
    public void A_fraction_is_an_error_naming_its_cell()
    {
        using var form = new FormWorkbook();
        var row = form.Add("1", "Sở hữu trí tuệ", "12,5");

        var error = Assert.Single(FormRead.Read(form).File.Errors);

        Assert.Equal("fractional_count", error.Code);
        Assert.Equal($"C{row}", error.Column);
    }
}
