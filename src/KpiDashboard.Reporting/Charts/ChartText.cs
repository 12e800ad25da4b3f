using System.Globalization;
using System.Text;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Reporting.Charts;

/// <summary>Number, percent and month formatting and the few fixed words of charts and alt text, per language.</summary>
internal static class ChartText
{
    public const string UnknownMark = "—";

    // Separators are set here rather than read from ICU so that output does not depend on the machine's ICU data.
    private static readonly NumberFormatInfo ViNumbers = Numbers(group: ".", decimalSeparator: ",");
    private static readonly NumberFormatInfo EnNumbers = Numbers(group: ",", decimalSeparator: ".");

    public static NumberFormatInfo NumberFormat(Language language) => language == Language.En ? EnNumbers : ViNumbers;

    public static string Count(long value, Language language) => value.ToString("#,0", NumberFormat(language));

    public static string Count(double value, Language language) => Math.Round(value).ToString("#,0", NumberFormat(language));

    /// <summary>"98,5%"; <paramref name="fixedDecimals"/> keeps "95,0%" so that a column of labels lines up.</summary>
    public static string Percent(double rate, Language language, int decimals = 1, bool fixedDecimals = false) =>
        (rate * 100).ToString(decimals == 0 ? "0" : "0." + new string(fixedDecimals ? '0' : '#', decimals), NumberFormat(language)) + "%";

    public static string Percent(double? rate, Language language) => rate is { } r ? Percent(r, language) : UnknownMark;

    public static string Month(Month month, Language language) => language == Language.En
        ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month.Number) + " " + month.Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{month.Number}/{month.Year}");

    /// <summary>NFC: names may arrive decomposed, and combining marks drawn without shaping can land beside their letter.</summary>
    public static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Wraps at spaces into at most <paramref name="maxLines"/> lines, ending with "…" when text is left over.</summary>
    public static string Wrap(string text, int lineLength, int maxLines)
    {
        var words = Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var line = new StringBuilder();
        var i = 0;
        for (; i < words.Length; i++)
        {
            var word = words[i];
            if (line.Length > 0 && line.Length + 1 + word.Length > lineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
                if (lines.Count == maxLines) break;
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0 && lines.Count < maxLines) lines.Add(line.ToString());
        var truncated = i < words.Length;
        var last = lines.Count - 1;
        if (last >= 0 && (truncated || lines[last].Length > lineLength))
        {
            var keep = Math.Min(lines[last].Length, lineLength - 1);
            lines[last] = lines[last][..keep].TrimEnd() + "…";
        }
        return string.Join('\n', lines);
    }

    public static string Received(Language l) => l == Language.En ? "Received" : "Tiếp nhận";
    public static string Resolved(Language l) => l == Language.En ? "Resolved" : "Đã giải quyết";
    public static string OnTimeRate(Language l) => l == Language.En ? "On-time rate" : "Tỷ lệ đúng hạn";
    public static string Dossiers(Language l) => l == Language.En ? "Dossiers" : "Số hồ sơ";
    public static string Approximate(Language l) => l == Language.En
        ? "≈ approximate (a split old commune counts whole in its first-named successor)"
        : "≈ gần đúng (xã cũ bị chia tính toàn bộ vào xã mới nêu đầu tiên)";
    public static string Target(double target, Language l) =>
        (l == Language.En ? "Target " : "Mục tiêu ") + Percent(target, l);

    private static NumberFormatInfo Numbers(string group, string decimalSeparator)
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberGroupSeparator = group;
        format.NumberDecimalSeparator = decimalSeparator;
        return NumberFormatInfo.ReadOnly(format);
    }
}
