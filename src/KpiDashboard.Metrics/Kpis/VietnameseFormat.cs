using System.Globalization;

namespace KpiDashboard.Metrics.Kpis;

/// <summary>Display formats: vi-VN by default (1.234; 98,5%), en-US on request; unknown shows as "—", never 0.</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    public const string Unknown = "—";

    public static string Count(Quantity q, CultureInfo? culture = null) =>
        q.Value is { } v ? v.ToString("N0", culture ?? Vietnamese) : Unknown;

    public static string Percent(Rate r, CultureInfo? culture = null) =>
        r.Value is { } v ? (v * 100).ToString("0.0", culture ?? Vietnamese) + "%" : Unknown;
}
