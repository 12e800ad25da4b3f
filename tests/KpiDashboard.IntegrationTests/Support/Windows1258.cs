using System.Text;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// Text as Excel's "CSV (Comma delimited)" saves it on a Vietnamese Windows. .NET's encoder writes only the letters the
/// code page has whole ("á", "ô", "ư"), and "?" for the others ("ở", "ộ"): tests write the former.
/// </summary>
internal static class Windows1258
{
    public static byte[] Bytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258).GetBytes(text);
    }
}
