using ClosedXML.Excel;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Email;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>User-supplied names in e-mails and workbooks: markup is encoded, and a leading "=" never becomes a formula.</summary>
public sealed class ReportEscapingTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void A_commune_and_a_field_named_with_a_script_are_encoded_in_the_summary_email()
    {
        var data = new SummaryData
        {
            Language = Language.Vi, Period = new Month(2025, 7), Scope = new Scope("25"), ScopeName = "Phú Thọ " + Script, RecipientName = Script,
            Current = Figures.Empty, Previous = Figures.Empty, LastYear = Figures.Empty,
            TopFields = [new NamedCount("Lĩnh vực " + Script, 3)], TopLateFields = [],
            SilentCommunes = ["Xã " + Script], SilentCommuneCount = 1, Trend = [],
            DashboardUrl = "http://localhost/provinces/25", UnsubscribeUrl = "http://localhost/unsubscribe/x",
        };
        var html = SummaryMessage.Html(data, attached: false);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Text_in_a_workbook_stays_text()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("x");
        sheet.Cell(1, 1).SetValue("Xã " + Script);
        sheet.Cell(2, 1).SetValue("=HYPERLINK(\"http://evil.example\",\"x\")");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        using var read = new XLWorkbook(stream);
        var cells = read.Worksheet(1);
        Assert.Equal("Xã " + Script, cells.Cell(1, 1).GetString());
        Assert.False(cells.Cell(2, 1).HasFormula);
    }
}
