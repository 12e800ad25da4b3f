using System.Globalization;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Reporting.Excel;

/// <summary>How a reporting period is written on the form, in Vietnamese or English.</summary>
public static class PeriodText
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>"tháng 7 năm 2025", "quý III năm 2025", "6 tháng đầu năm 2025", "năm 2025"; English alike.</summary>
    public static string Name(Period period, Language language) => (language, period.Kind) switch
    {
        (Language.Vi, PeriodKind.Month) => Invariant($"tháng {period.Index} năm {period.Year}"),
        (Language.Vi, PeriodKind.Quarter) => Invariant($"quý {Roman[period.Index - 1]} năm {period.Year}"),
        (Language.Vi, PeriodKind.Half) => Invariant($"6 tháng {(period.Index == 1 ? "đầu" : "cuối")} năm {period.Year}"),
        (Language.Vi, _) => Invariant($"năm {period.Year}"),
        (_, PeriodKind.Month) => period.First.FirstDay.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-US")),
        (_, PeriodKind.Quarter) => Invariant($"Q{period.Index} {period.Year}"),
        (_, PeriodKind.Half) => Invariant($"{(period.Index == 1 ? "first" : "second")} half of {period.Year}"),
        _ => Invariant($"year {period.Year}"),
    };

    /// <summary>"Kỳ báo cáo: tháng 7 năm 2025 (Từ ngày 15/06/2025 đến ngày 14/07/2025)": the dates follow the reporting window.</summary>
    public static string ReportingPeriod(Period period, ReportingWindowKind window, Language language)
    {
        var days = ReportingCalendar.Window(period, window);
        var from = Date(days.From);
        var to = Date(days.To);
        return language == Language.Vi
            ? $"Kỳ báo cáo: {Name(period, language)} (Từ ngày {from} đến ngày {to})"
            : $"Reporting period: {Name(period, language)} (from {from} to {to})";
    }

    /// <summary>"Phú Thọ, ngày 05 tháng 8 năm 2025" (the usual way an official document is dated).</summary>
    public static string PlaceAndDate(string place, DateOnly date, Language language) => language == Language.Vi
        ? Invariant($"{place}, ngày {date.Day:D2} tháng {date.Month} năm {date.Year}")
        : $"{place}, {date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))}";

    /// <summary>dd/MM/yyyy, as Vietnamese documents write dates.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
