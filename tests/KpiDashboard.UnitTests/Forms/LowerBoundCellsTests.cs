namespace KpiDashboard.UnitTests.Forms;

public sealed class LowerBoundCellsTests
{
    [Fact]
    public void A_total_marked_with_a_star_is_a_lower_bound_and_stays_unknown()
    {
        using var form = new FormWorkbook();
        var row = form.Add("1", "Sở hữu trí tuệ", 91, null, null, null, 73, 55, null, null, null, null, null);
        form.Sheet.Cell(row, 3).Style.NumberFormat.Format = "#,##0\"*\"";

        var read = Assert.Single(FormRead.Read(form).File.Rows);

        Assert.Null(read.Values.Handled);
        Assert.Equal(73, read.Values.Resolved);
        Assert.Equal(55, read.Values.ResolvedEarly);
    }
}
