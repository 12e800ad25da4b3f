using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Metrics.Periods;

public readonly partial record struct Month
{
    /// <summary>Parses yyyy-MM, MM/yyyy, M/yyyy, "tháng 7/2025", "tháng 7 năm 2025" and "T7/2025".</summary>
    public static bool TryParseText(string? text, out Month month)
    {
        month = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (TryParseIso(text, out month)) return true;
        var plain = VietnameseText.PlainKey(text.Replace('/', '-'));
        var m = IsoMonth().Match(plain);
        if (m.Success) return Make(m.Groups[1].Value, m.Groups[2].Value, out month);
        m = LocalMonth().Match(plain);
        if (m.Success) return Make(m.Groups[2].Value, m.Groups[1].Value, out month);
        return false;
    }

    // yyyy-MM as files write it: skips the Vietnamese normalisation, which costs more than the rest of a row's checks.
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

    private static bool Make(string year, string number, out Month month)
    {
        month = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var n = int.Parse(number, CultureInfo.InvariantCulture);
        if (n is < 1 or > 12 || !Period.ValidYear(y)) return false;
        month = new Month(y, n);
        return true;
    }

    // PlainKey turns separators into single spaces: "2025-07" → "2025 07", "tháng 7/2025" → "thang 7 2025".
    [GeneratedRegex(@"^([0-9]{4}) ([0-9]{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?:thang |t)?([0-9]{1,2}) (?:nam )?([0-9]{4})$")]
    private static partial Regex LocalMonth();
}
