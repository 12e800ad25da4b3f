using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.UnitTests.Forms;

/// <summary>
/// Counts each within a 32-bit integer whose sums are not: a subtotal over two rows of 2,000,000,000 overflowed and failed
/// the whole read, and a row of 2,000,000,000 online and 2,000,000,000 on paper was stored with a negative total.
/// </summary>
public sealed class OverflowingCountsTests
{
    [Fact]
    public void Rows_whose_sum_passes_the_largest_count_are_a_total_mismatch_not_a_crash()
    {
        using var form = new FormWorkbook();
        var subtotal = form.Add("I", "Cấp tỉnh", 2_000_000_000, 1_000_000_000, 1_000_000_000, 0, 2_000_000_000, 2_000_000_000, 0, 0, 0, 0, 0);
        form.Add("1", "Tần số vô tuyến điện", 2_000_000_000, 1_000_000_000, 1_000_000_000, 0, 2_000_000_000, 2_000_000_000, 0, 0, 0, 0, 0);
        form.Add("2", "Sở hữu trí tuệ", 2_000_000_000, 1_000_000_000, 1_000_000_000, 0, 2_000_000_000, 2_000_000_000, 0, 0, 0, 0, 0);

        var result = FormRead.Read(form);

        Assert.Contains(result.File.Errors, e => e.Code == "total_mismatch" && e.Column == $"C{subtotal}");
        Assert.Empty(result.File.Rows);
    }

    [Fact]
    public void A_row_whose_parts_add_up_past_the_largest_count_is_an_error_on_its_total_cell()
    {
        using var form = new FormWorkbook();
        // Both sides wrap to the same -294,967,296, so every identity held and the row was stored with negative totals.
        var row = form.Add("1", "Sở hữu trí tuệ", null, 2_000_000_000, 2_000_000_000, 0, null, 2_000_000_000, 2_000_000_000, 0, null, 0, 0);

        var result = FormRead.Read(form);

        var error = Assert.Single(result.File.Errors);
        Assert.Equal(("identity_broken", $"C{row}"), (error.Code, error.Column));
        Assert.Contains("4000000000", error.MessageEn);
        Assert.Empty(result.File.Rows);
    }

    [Fact]
    public void The_identities_refuse_parts_that_would_wrap_the_total() =>
        Assert.Equal("handled", Assert.Single(IdentityRules.Check(new Measures { ReceivedOnline = int.MaxValue, ReceivedOffline = 1 })).Columns);
}
