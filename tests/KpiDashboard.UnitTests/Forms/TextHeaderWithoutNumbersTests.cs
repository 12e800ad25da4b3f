namespace KpiDashboard.UnitTests.Forms;

public sealed class TextHeaderWithoutNumbersTests
{
    [Fact]
    public void The_header_texts_alone_locate_the_columns()
    {
        using var form = new FormWorkbook(numbers: false);
        form.Add("1", "Sở hữu trí tuệ", 9, 4, 5, null, 9, 8, 1, 0, null, null, null);

        var row = Assert.Single(FormRead.Read(form).File.Rows);

        Assert.Equal(4, row.Values.ReceivedOnline);
        Assert.Equal(5, row.Values.ReceivedOffline);
        Assert.Null(row.Values.CarriedOver);
        Assert.Equal(8, row.Values.ResolvedEarly);
        Assert.Equal(1, row.Values.ResolvedOnTime);
    }
}
