namespace KpiDashboard.Metrics.Kpis;

/// <summary>How a measure comes about: a column of the form reported as is, or a total of such columns.</summary>
public enum MeasureKind
{
    /// <summary>One of the eight base columns (4, 5, 6, 8, 9, 10, 12, 13).</summary>
    Base,

    /// <summary>The sum of its parts when they are all known, else the reported total (Measures.WithDerivedTotals).</summary>
    Total,
}
