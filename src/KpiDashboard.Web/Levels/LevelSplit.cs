using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Levels;

/// <summary>A scope's figures by level: the provincial agencies (facts of no commune), the communes, and the two together.</summary>
public sealed record LevelSplit(Figures Agencies, Figures Communes, Figures Total);
