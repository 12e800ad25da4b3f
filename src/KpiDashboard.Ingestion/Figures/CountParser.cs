using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>Reads a dossier count: a whole number ≥ 0, with Vietnamese thousands separators ("1.234") allowed.</summary>
public static partial class CountParser
{
    public enum Outcome { Ok, Empty, Negative, Fractional, Invalid }

    public static Outcome TryParse(string text, out int? value)
    {
        value = null;
        if (TryPlainDigits(text, out var plain))
        {
            value = plain;
            return Outcome.Ok;
        }
        var t = text.Trim().Replace("\u00A0", "").Replace(" ", "");
        if (t.Length == 0 || t is "-" or "—" or "–") return Outcome.Empty;
        var negative = t.StartsWith('-');
        var digits = negative ? t[1..] : t;
        if (ThousandsDots().IsMatch(digits)) digits = digits.Replace(".", "");
        if (Plain().IsMatch(digits))
        {
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return Outcome.Invalid;
            if (negative && n != 0) return Outcome.Negative;
            value = n;
            return Outcome.Ok;
        }
        // 12.0 from a spreadsheet is a whole number; 12.5 or 12,5 is not a count.
        var asDecimal = digits.Replace(',', '.');
        if (decimal.TryParse(asDecimal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            if (negative && d != 0) return Outcome.Negative;
            if (d != decimal.Truncate(d) || digits.Contains(',')) return Outcome.Fractional;
            if (d > int.MaxValue) return Outcome.Invalid;
            value = (int)d;
            return Outcome.Ok;
        }
        return Outcome.Invalid;
    }

    // Most cells are plain digits: read them without the trimming, replacing and regular expressions below.
    private static bool TryPlainDigits(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 9) return false;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{3})+$")]
    private static partial Regex ThousandsDots();

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex Plain();
}
