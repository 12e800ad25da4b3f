using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KpiDashboard.Metrics.Periods;

public readonly partial record struct Month
{
    // "tháng 12 năm 2025" is 17 characters; anything much longer is not a month.
    private const int MaxTextLength = 40;

    /// <summary>
    /// Parses yyyy-MM, yyyy-M, yyyy/MM, MM/yyyy, M/yyyy, "tháng 7/2025", "tháng 7 năm 2025" and "T7/2025", in any case,
    /// with or without tone marks, with spaces around. Any other character (a control or format character, a bracket,
    /// a second separator, a sign) makes it not a month.
    /// </summary>
    public static bool TryParseText(string? text, out Month month)
    {
        month = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength) return false;
        var trimmed = text.Trim(' ');
        if (TryParseIso(trimmed, out month)) return true;
        if (Folded(trimmed) is not { } plain) return false;
        var m = IsoMonth().Match(plain);
        if (m.Success) return Make(m.Groups[1].Value, m.Groups[2].Value, out month);
        m = LocalMonth().Match(plain);
        if (m.Success) return Make(m.Groups[2].Value, m.Groups[1].Value, out month);
        return false;
    }

    // yyyy-MM as files write it: skips the folding, which costs more than the rest of a row's checks.
    private static bool TryParseIso(string text, out Month month)
    {
        month = default;
        if (text.Length != 7 || text[4] != '-') return false;
        var span = text.AsSpan();
        foreach (var c in span[..4]) if (!char.IsAsciiDigit(c)) return false;
        if (!char.IsAsciiDigit(text[5]) || !char.IsAsciiDigit(text[6])) return false;
        var y = int.Parse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        var n = (text[5] - '0') * 10 + (text[6] - '0');
        if (n is < 1 or > 12 || !Period.ValidYear(y)) return false;
        month = new Month(y, n);
        return true;
    }

    /// <summary>
    /// Lower-case ASCII letters without their marks, ASCII digits, '-', '/' and ' ', or null when the text holds any
    /// other character: a general key (VietnameseText.PlainKey) would turn those into separators and let them through.
    /// </summary>
    private static string? Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        var afterLetter = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // A tone or vowel mark belongs to the letter before it; on a digit or alone it is not part of a month.
                if (!afterLetter) return null;
                continue;
            }
            // Decomposed, a Vietnamese letter is an ASCII letter and its marks, but for đ.
            afterLetter = char.IsAsciiLetter(c) || c is 'đ' or 'Đ';
            if (afterLetter) folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            else if (char.IsAsciiDigit(c) || c is '-' or '/' or ' ') folded.Append(c);
            else return null;
        }
        return folded.ToString();
    }

    private static bool Make(string year, string number, out Month month)
    {
        month = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var n = int.Parse(number, CultureInfo.InvariantCulture);
        if (n is < 1 or > 12 || !Period.ValidYear(y)) return false;
        month = new Month(y, n);
        return true;
    }

    // One separator between the numbers, one space between words: "2025-7", "2025/07".
    [GeneratedRegex(@"^([0-9]{4})[-/]([0-9]{1,2})\z")]
    private static partial Regex IsoMonth();

    // "07/2025", "7-2025", "thang 7/2025", "t7/2025", "thang 7 nam 2025".
    [GeneratedRegex(@"^(?:thang |t)?([0-9]{1,2})(?:[-/]| nam )([0-9]{4})\z")]
    private static partial Regex LocalMonth();
}
