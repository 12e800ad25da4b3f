using System.Globalization;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>The language of the current request: Vietnamese unless English was asked for.</summary>
public static class Ui
{
    public static Language Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Language.En : Language.Vi;

    public static string T(string vi, string en) => Language.Pick(vi, en);

    public static CultureInfo Culture => Language == Language.En ? VietnameseFormat.English : VietnameseFormat.Vietnamese;

    public static string Count(Quantity q) => VietnameseFormat.Count(q, Culture);

    public static string Count(long? value) => value is { } v ? v.ToString("N0", Culture) : VietnameseFormat.Unknown;

    public static string Percent(Rate r) => VietnameseFormat.Percent(r, Culture);

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", Culture) + "%" : VietnameseFormat.Unknown;

    public static string Points(double? points) => points is { } p ? p.ToString("0.00", Culture) : VietnameseFormat.Unknown;
}
