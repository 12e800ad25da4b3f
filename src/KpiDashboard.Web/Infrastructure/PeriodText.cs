using System.Globalization;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>How a period reads on a page: "Tháng 7/2025", "Quý 3/2025" or "July 2025", "Q3 2025".</summary>
public static class PeriodText
{
    public static string Name(Period p) => Ui.Language == Language.En
        ? p.Kind switch
        {
            PeriodKind.Month => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(p.Index) + " " + p.Year.ToString(CultureInfo.InvariantCulture),
            PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{p.Index} {p.Year}"),
            PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"H{p.Index} {p.Year}"),
            _ => p.Year.ToString(CultureInfo.InvariantCulture),
        }
        : p.Kind switch
        {
            PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"Tháng {p.Index}/{p.Year}"),
            PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Quý {p.Index}/{p.Year}"),
            PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"6 tháng {(p.Index == 1 ? "đầu" : "cuối")} năm {p.Year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"Năm {p.Year}"),
        };

    /// <summary>"15/06/2025 – 14/07/2025" in Vietnamese, "6/15/2025 – 7/14/2025" in English: the days the reporting window covers.</summary>
    public static string Dates(Period p, ReportingWindowKind window)
    {
        var days = ReportingCalendar.Window(p, window);
        return $"{days.From.ToString("d", Ui.Culture)} – {days.To.ToString("d", Ui.Culture)}";
    }

    public static string Month(Month m) => Name(Period.OfMonth(m));
}
