namespace KpiDashboard.UnitTests.Forms;

public sealed class EnglishExportTests
{
    [Theory]
    [InlineData("Reporting period: July 2025 (from 01/07/2025 to 31/07/2025)")]
    [InlineData("Reporting period: July 2025 (from 15/06/2025 to 14/07/2025)")]
    public void The_English_form_this_product_writes_reads_back(string period)
    {
        using var form = new FormWorkbook(unit: null, period: period, texts: false);
        form.Sheet.Cell(1, 11).Value = "Reporting unit: UBND tỉnh Phú Thọ";
        form.Add("I", "Provincial level", 3, 1, 2, 0, 3, 3, 0, 0, 0, 0, 0);
        form.Add("1", "Intellectual property", 3, 1, 2, 0, 3, 3, 0, 0, 0, 0, 0);
        form.Add("II", "Commune level");
        form.Add("", "Total", 3, 1, 2, 0, 3, 3, 0, 0, 0, 0, 0);
        form.Sheet.Cell(form.NextRow, 1).Value = "Note: an empty cell means no figures were reported.";

        var result = FormRead.Read(form);

        Assert.Empty(result.File.Errors);
        var row = Assert.Single(result.File.Rows);
        Assert.Equal(("25", "SHTT", 202507), (row.Key.ProvinceCode, row.Key.FieldCode, row.Key.Period));
    }
}
