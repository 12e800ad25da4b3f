using System.Globalization;
using System.Text;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// A report's file name twice: ASCII-safe for the disk and the plain filename parameter ("Bieu06_PhuTho_2025-07.xlsx"),
/// and with diacritics for people and RFC 5987's filename* ("Biểu06_PhúThọ_2025-07.xlsx").
/// </summary>
public sealed record ReportFileName(string Ascii, string Display)
{
    public static ReportFileName Form06(string scopeName, Period period, Language language = Language.Vi) =>
        Make(language == Language.Vi ? "Biểu06" : "Form06", scopeName, period, "xlsx");

    /// <summary>The national summary; <paramref name="scopeName"/> names what it holds when that is less than the nation.</summary>
    public static ReportFileName NationalSummary(Period period, Language language = Language.Vi, string? scopeName = null) =>
        Make(language == Language.Vi ? "TổngHợp" : "Summary", scopeName ?? (language == Language.Vi ? "ToànQuốc" : "Nation"), period, "xlsx");

    public static ReportFileName FactsCsv(string scopeName, Period period) => Make("SốLiệu", scopeName, period, "csv");

    /// <summary>Joins the parts with "_", each part's words run together in title case.</summary>
    public static ReportFileName Make(string kind, string scopeName, Period period, string extension)
    {
        var display = $"{Compact(kind)}_{Compact(scopeName)}_{period}.{extension}";
        return new ReportFileName(ToAscii(display), display);
    }

    /// <summary>The name of the n-th version (n ≥ 2) of a file: "Bieu06_TanHoa_2025-07-v2.xlsx".</summary>
    public ReportFileName Version(int n) => n < 2 ? this : new(Suffix(Ascii, n), Suffix(Display, n));

    private static string Suffix(string name, int n) =>
        Path.GetExtension(name) is var ext ? $"{name[..^ext.Length]}-v{n.ToString(CultureInfo.InvariantCulture)}{ext}" : name;

    /// <summary>Content-Disposition for a download: an ASCII filename for old clients and filename* (RFC 5987) for the rest.</summary>
    public string ContentDisposition() => $"attachment; filename=\"{Ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(Display)}";

    /// <summary>Removes diacritics (đ → d) and keeps only letters, digits, '-', '_' and '.'.</summary>
    public static string ToAscii(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var d = c switch { 'đ' => 'd', 'Đ' => 'D', _ => c };
            if (char.IsAsciiLetterOrDigit(d) || d is '-' or '_' or '.') sb.Append(d);
        }
        return sb.ToString();
    }

    // "Phú Thọ" → "PhúThọ", "Hồ Chí Minh" → "HồChíMinh"; path characters and punctuation dropped.
    private static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var word in text.Normalize(NormalizationForm.FormC).Split([' ', '\t', '/', '\\', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(c => char.IsLetterOrDigit(c) || c == '-').ToArray());
            if (letters.Length == 0) continue;
            sb.Append(char.ToUpper(letters[0], CultureInfo.GetCultureInfo("vi-VN"))).Append(letters.AsSpan(1));
        }
        return sb.Length == 0 ? "x" : sb.ToString();
    }
}
