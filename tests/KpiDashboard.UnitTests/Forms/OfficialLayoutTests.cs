using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.UnitTests.Forms;

public sealed class OfficialLayoutTests
{
    [Fact]
    public void Groups_subtotals_and_total_give_one_row_per_provincial_field()
    {
        using var form = new FormWorkbook();
        form.Add("I", "Cấp tỉnh", 102, 60, 30, 12, 80, 60, 15, 5, 22, 20, 2);
        form.Add("1", "1. Tần số vô tuyến điện", 52, 30, 20, 2, 40, 30, 8, 2, 12, 11, 1);
        form.Add("2", "2. Sở hữu trí tuệ", "50", "30", "10", "10", 40, 30, 7, 3, 10, 9, 1);
        form.Add("II", "Cấp xã", 5, 5, 0, 0, 5, 5, 0, 0, 0, 0, 0);
        form.Add("1", "Tần số vô tuyến điện", 5, 5, 0, 0, 5, 5, 0, 0, 0, 0, 0);
        form.Add("", "Tổng cộng", 107, 65, 30, 12, 85, 65, 15, 5, 22, 20, 2);
        form.Sheet.Cell(form.NextRow + 1, 1).Value = "Người lập biểu";

        var result = FormRead.Read(form);

        Assert.Empty(result.File.Errors);
        Assert.Equal(2, result.File.Rows.Count);
        var radio = result.File.Rows[0];
        Assert.Equal(new Month(2025, 7).Key, radio.Key.Period);
        Assert.Equal("25", radio.Key.ProvinceCode);
        Assert.Null(radio.Key.CommuneCode);
        Assert.Equal("TSVTD", radio.Key.FieldCode);
        Assert.Equal(30, radio.Values.ReceivedOnline);
        Assert.Equal(52, radio.Values.Handled);
        var ip = result.File.Rows[1];
        Assert.Equal(50, ip.Values.Handled);
        Assert.Equal(10, ip.Values.CarriedOver);
        Assert.Contains(result.Warnings, w => w.Code == "commune_level_not_stored");
    }
}
