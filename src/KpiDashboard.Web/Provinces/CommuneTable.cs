using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Provinces;

/// <summary>One page of a province's communes after search and sort.</summary>
public sealed record CommuneTable(IReadOnlyList<CommuneRow> Rows, int Matching, int All, int Page, int PageCount, string? Search, SortOrder Sort);
