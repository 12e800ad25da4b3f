using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Web.Infrastructure;

namespace KpiDashboard.Web.Pages;

/// <summary>The change of a KPI against the previous period, as text ("+12 (+5,1%)", "−1,2 điểm %") and its direction.</summary>
public sealed record TileChange(string Text, int Sign, bool Good)
{
    public static TileChange? Of(Kpi kpi, Figures current, Figures previous)
    {
        if (kpi.Count is not null)
        {
            if (kpi.Count(current).Value is not { } now || kpi.Count(previous).Value is not { } before) return null;
            var diff = now - before;
            var relative = before == 0 ? "" : $" ({Signed((double)diff / before * 100, "0.0")}%)";
            return new TileChange(Signed(diff, "N0") + relative, Math.Sign(diff), diff == 0 || (diff > 0) == kpi.HigherIsBetter);
        }
        if (kpi.Rate!(current).Value is not { } r || kpi.Rate(previous).Value is not { } p) return null;
        var points = (r - p) * 100;
        var sign = Math.Round(points, 1) == 0 ? 0 : Math.Sign(points);
        return new TileChange(Signed(points, "0.0") + Ui.T(" điểm %", " pp"), sign, sign == 0 || (sign > 0) == kpi.HigherIsBetter);
    }

    // A real minus sign reads better than a hyphen beside digits.
    private static string Signed(double value, string format) =>
        (value > 0 ? "+" : value < 0 ? "−" : "±") + Math.Abs(value).ToString(format, Ui.Culture);
}
