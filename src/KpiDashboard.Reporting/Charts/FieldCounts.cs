namespace KpiDashboard.Reporting.Charts;

/// <summary>One field (lĩnh vực) of a by-field chart; null is unknown (no bar, labelled "—"), never 0.</summary>
public sealed record FieldCounts(string Name, long? Received, long? Resolved);
