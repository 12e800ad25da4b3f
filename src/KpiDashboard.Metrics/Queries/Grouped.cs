using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Metrics.Queries;

public sealed record Grouped<TKey>(TKey Key, Figures Figures);
