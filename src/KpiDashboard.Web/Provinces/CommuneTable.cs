using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Provinces;

/// <summary>One page of a province's communes after search and sort.</summary>
/// <param name="Approximate">Some commune's figures are approximate (old months): the page shows the rule.</param>
public sealed record CommuneTable(IReadOnlyList<CommuneRow> Rows, int Matching, int All, int Page, int PageCount, string? Search, SortOrder Sort,
    bool Approximate = false);
