namespace KpiDashboard.Reporting.Charts;

/// <summary>The language of a chart's number and month formatting and of its alt text.</summary>
public enum ChartLanguage
{
    /// <summary>vi-VN: 1.234; 98,5%; 7/2025.</summary>
    Vi,

    /// <summary>en-US: 1,234; 98.5%; Jul 2025.</summary>
    En,
}
