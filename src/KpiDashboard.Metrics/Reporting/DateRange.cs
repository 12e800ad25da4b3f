namespace KpiDashboard.Metrics.Reporting;

/// <summary>The days a report covers, both ends included.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
