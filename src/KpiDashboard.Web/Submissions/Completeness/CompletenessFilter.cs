namespace KpiDashboard.Web.Submissions.Completeness;

/// <summary>The page's query string as it came.</summary>
public sealed record CompletenessFilter(string? Period, string? Level, string? Province, string? Sort, string? Dir, string? Page);
