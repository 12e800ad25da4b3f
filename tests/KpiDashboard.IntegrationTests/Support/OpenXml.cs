using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>The Open XML SDK's schema validator as a second, independent reader of a workbook.</summary>
internal static class OpenXml
{
    public static void AssertValid(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
