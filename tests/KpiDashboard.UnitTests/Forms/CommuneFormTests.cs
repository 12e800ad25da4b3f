namespace KpiDashboard.UnitTests.Forms;

public sealed class CommuneFormTests
{
    [Fact]
    public void A_commune_form_stores_its_rows_under_the_commune()
    {
        using var form = new FormWorkbook(unit: "UBND xã Phùng Nguyên, tỉnh Phú Thọ");
        form.Add("I", "Cấp xã", 3, 3, 0, 0, 3, 3, 0, 0, 0, 0, 0);
        form.Add("1", "Tần số vô tuyến điện", 3, 3, 0, 0, 3, 3, 0, 0, 0, 0, 0);

        var result = FormRead.Read(form);

        var row = Assert.Single(result.File.Rows);
        Assert.Equal("07912", row.Key.CommuneCode);
        Assert.Equal("25", row.Key.ProvinceCode);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_commune_level_subtotal_of_a_province_form_is_checked_though_not_stored()
    {
        using var form = new FormWorkbook();
        var subtotal = form.Add("II", "Cấp xã", 9, 9, 0, 0, 9, 9, 0, 0, 0, 0, 0);
        form.Add("1", "Tần số vô tuyến điện", 3, 3, 0, 0, 3, 3, 0, 0, 0, 0, 0);

        Assert.Contains(FormRead.Read(form).File.Errors, e => e.Code == "total_mismatch" && e.Row == subtotal);
    }
}
