namespace KpiDashboard.Reporting.Charts;

/// <summary>
/// One colour per KPI, the same in every chart (and available to the web pages' legends).
/// Okabe–Ito colours, told apart by colour-blind readers.
/// </summary>
public static class ChartPalette
{
    public const string Received = "#56B4E9";
    public const string Resolved = "#0072B2";
    public const string OnTimeRate = "#009E73";
    public const string BelowTarget = "#D55E00";
    public const string Target = "#222222";
    public const string Unknown = "#7F7F7F";
    public const string Approximate = "#8A5A00";
    public const string Text = "#222222";
    public const string Grid = "#E6E6E6";
}
