using KpiDashboard.Metrics.Entities;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

public sealed class FactCsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("SHTT", "SHTT")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("", "")]
    public void Cells_are_neutralised_and_quoted(string text, string expected) => Assert.Equal(expected, FactCsvExporter.Cell(text));

    [Fact]
    public void A_fact_line_has_period_codes_and_empty_unknowns()
    {
        var fact = new Fact
        {
            Period = 202507, ProvinceCode = "25", CommuneCode = null, FieldCode = "TSVTD",
            Values = new Measures { Received = 43, Resolved = 30, ResolvedEarly = 20 },
        };
        Assert.Equal("2025-07,25,,TSVTD,,,,20,,,,,43,,30,", FactCsvExporter.Line(fact));
    }

    [Fact]
    public void Header_is_the_canonical_one()
    {
        Assert.Equal(
            "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue,received,handled,resolved,pending",
            string.Join(',', FactCsvExporter.Header));
    }
}
