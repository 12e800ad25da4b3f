using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.Web.Charts;

/// <summary>A chart on a page: its image addresses at 1x and 2x, the SVG, the alt text and the spec whose data the table beside it shows.</summary>
public sealed record ChartView(string Png, string Png2x, string Svg, string Alt, int Width, int Height, ChartSpec Spec);
