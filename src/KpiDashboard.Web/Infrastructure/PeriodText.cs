using System.Globalization;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

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

    /// <summary>"01/07/2025 – 31/07/2025" in Vietnamese, "7/1/2025 – 7/31/2025" in English.</summary>
    public static string Dates(Period p) =>
        $"{p.First.FirstDay.ToString("d", Ui.Culture)} – {p.Last.LastDay.ToString("d", Ui.Culture)}";

    public static string Month(Month m) => Name(Period.OfMonth(m));
}
