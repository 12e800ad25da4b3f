using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Provinces;

/// <summary>
/// What an old province's own page (a month before July 2025) adds: the province of today it went into, and its
/// districts' own figures. Its communes are old units with no page or boundaries of their own, so the page has no map
/// and its commune names are not links.
/// </summary>
public sealed record OldProvinceView(ProvinceView? Successor, IReadOnlyList<DistrictRow> Districts);
