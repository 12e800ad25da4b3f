namespace KpiDashboard.Web.Admin;

/// <summary>The CSV import form and its outcome: counts when it went in, the rows' errors when nothing did.</summary>
public sealed record ImportModel(IReadOnlyList<string> Errors, int? Created = null, int? Updated = null);
