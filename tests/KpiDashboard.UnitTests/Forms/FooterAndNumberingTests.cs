namespace KpiDashboard.UnitTests.Forms;

public sealed class FooterAndNumberingTests
{
    [Theory]
    [InlineData("2 - Tần số vô tuyến điện")]
    [InlineData("2– Tần số vô tuyến điện")]
    [InlineData("2) Tần số vô tuyến điện")]
    [InlineData("2. Tần số vô tuyến điện")]
    public void Numbering_with_a_dash_or_a_parenthesis_is_not_part_of_the_field_name(string name)
    {
        using var form = new FormWorkbook();
        form.Add("2", name, 5, 3, 2, 0, 5, 5, 0, 0, 0, 0, 0);

        var row = Assert.Single(FormRead.Read(form).File.Rows);

        Assert.Equal("TSVTD", row.Key.FieldCode);
    }

    [Fact]
    public void The_signature_block_ends_the_table_even_above_the_count_columns()
    {
        using var form = new FormWorkbook();
        form.Add("1", "Sở hữu trí tuệ", 9, 4, 5, 0, 9, 8, 1, 0, 0, 0, 0);
        form.NextRow++;
        form.Sheet.Cell(form.NextRow, 9).Value = "Phú Thọ, ngày 05 tháng 8 năm 2025";
        form.Sheet.Cell(form.NextRow + 1, 2).Value = "NGƯỜI LẬP BIỂU";
        form.Sheet.Cell(form.NextRow + 1, 9).Value = "THỦ TRƯỞNG ĐƠN VỊ";
        form.Sheet.Cell(form.NextRow + 2, 9).Value = "(Ký tên, đóng dấu)";

        var result = FormRead.Read(form);

        Assert.Empty(result.File.Errors);
        Assert.Single(result.File.Rows);
    }
}
