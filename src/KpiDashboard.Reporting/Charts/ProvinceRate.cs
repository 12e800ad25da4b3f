namespace KpiDashboard.Reporting.Charts;

/// <summary>One bar of a ranking: a rate between 0 and 1, or null when unknown (drawn as "—", never as 0).</summary>
public sealed record ProvinceRate(string Name, double? Rate);
