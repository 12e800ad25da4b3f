using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Metrics.Queries;

/// <summary>A period's figures by level: the provincial agencies' (facts of no commune), the communes', and both together.</summary>
public sealed record LevelFigures(Period Period, Figures Agencies, Figures Communes, Figures Total);
