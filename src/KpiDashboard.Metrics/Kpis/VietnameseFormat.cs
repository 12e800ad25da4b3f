using System.Globalization;

namespace KpiDashboard.Metrics.Kpis;

/// <summary>
/// Display formats: vi-VN by default (1.234; 98,5%; 07/04/2025), en-US numbers on request with the day still first in
/// dates; unknown shows as "—", never 0.
/// </summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = EnglishWithDayFirst();
    public const string Unknown = "—";

    public static string Count(Quantity q, CultureInfo? culture = null) =>
        q.Value is { } v ? v.ToString("N0", culture ?? Vietnamese) : Unknown;

    public static string Percent(Rate r, CultureInfo? culture = null) =>
        r.Value is { } v ? (v * 100).ToString("0.0", culture ?? Vietnamese) + "%" : Unknown;

    // An official reading the English pages reads dates as Vietnamese documents write them: "7/4/2025" would be 4 July.
    private static CultureInfo EnglishWithDayFirst()
    {
        var english = (CultureInfo)CultureInfo.GetCultureInfo("en-US").Clone();
        english.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
        return CultureInfo.ReadOnly(english);
    }
}
