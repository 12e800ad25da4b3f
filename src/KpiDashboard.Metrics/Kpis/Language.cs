namespace KpiDashboard.Metrics.Kpis;

/// <summary>The language of a page, chart, report or e-mail: Vietnamese first, English on request.</summary>
public enum Language
{
    /// <summary>vi-VN: 1.234; 98,5%; 31/07/2025.</summary>
    Vi,

    /// <summary>en-US numbers, the day first in dates: 1,234; 98.5%; 31/07/2025.</summary>
    En,
}
