using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Web.Pages;

/// <summary>The first and last month with figures; HasData false when the database has none yet.</summary>
public sealed record DataRange(Month First, Month Last, bool HasData);
