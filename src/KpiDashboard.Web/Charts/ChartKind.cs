namespace KpiDashboard.Web.Charts;

public enum ChartKind
{
    /// <summary>Provinces by on-time rate with the target line.</summary>
    Ranking,

    /// <summary>Received and resolved per month with the on-time rate.</summary>
    Trend,

    /// <summary>Received and resolved per field.</summary>
    Fields,
}
