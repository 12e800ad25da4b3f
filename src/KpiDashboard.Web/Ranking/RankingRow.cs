using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Ranking;

/// <summary>A province's handling score: points per indicator, the total, the ranks and the rank of the previous period.</summary>
public sealed record RankingRow(
    ProvinceView Province,
    Rate OnTimeIndex,
    double? OnTimePoints,
    Rate OnlineShare,
    double? OnlinePoints,
    double? Total,
    int? Rank,
    int? RankOnTime,
    int? RankOnline,
    int? PreviousRank,
    bool Demo)
{
    /// <summary>Places gained since the previous period (positive is better); null when either rank is unknown.</summary>
    public int? RankChange => Rank is { } now && PreviousRank is { } before ? before - now : null;
}
