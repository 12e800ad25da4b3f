using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

/// <summary>A second, independent reader: the Open XML SDK's schema validator finds no error in any workbook written.</summary>
public sealed class OpenXmlValidationTests
{
    [Theory]
    [InlineData(Language.Vi)]
    [InlineData(Language.En)]
    public void Form06_is_valid(Language language) => AssertValid(Form06Writer.ToBytes(Form06WriterTests.SampleReport(), language));

    [Theory]
    [InlineData(Language.Vi)]
    [InlineData(Language.En)]
    public void National_summary_is_valid(Language language) =>
        AssertValid(NationalSummaryWriter.ToBytes(NationalSummaryWriterTests.Sample(), language, NationalSummaryWriterTests.Png));

    private static void AssertValid(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
