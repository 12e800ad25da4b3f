namespace KpiDashboard.Metrics.Reporting;

/// <summary>Which days a period's report covers (setting <c>Reporting:Window</c>).</summary>
public enum ReportingWindowKind
{
    /// <summary>Decree 09/2019/NĐ-CP, Art. 12: from the 15th of the month before the period to the 14th of its last month.</summary>
    Decree09,

    /// <summary>Whole calendar months, as statistical reports use.</summary>
    CalendarMonth,
}
