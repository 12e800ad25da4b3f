using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Pages;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Ranking;

/// <summary>
/// Provinces ranked by a handling score with the national index rule (Decision 766: a rate R against a target T
/// earns P points when R ≥ T, R × P / T otherwise) for the on-time rate (index 2.1) and the online share.
/// </summary>
public sealed class RankingQuery(PageFilters filters, PageFigures figures, UnitOrigins origins, AccessScope access, IOptions<DashboardOptions> options)
{
    public static readonly SortOrder DefaultSort = new("rank_total", false);

    public static IReadOnlyList<string> Keys { get; } = ["rank_total", "rank_ontime", "rank_online", "change", "name"];

    /// <param name="unitsChoice">"old" ranks the 63 old provinces of a period before July 2025; otherwise (the default)
    /// today's 34 on comparable figures.</param>
    public async Task<RankingModel> BuildAsync(string? period, string? field, string? sort, string? dir, CancellationToken ct, string? unitsChoice = null)
    {
        var p = await filters.PeriodAsync(period, ct);
        var f = await filters.FieldAsync(field, ct);
        var order = SortOrder.Parse(sort, dir, DefaultSort, [.. Keys]);
        var units = await filters.UnitsAsync(ct);
        var oldProvinces = UnitValidity.IsOldPeriod(p.Last.Key) ? await origins.OldProvincesAsync(access.CanRead, ct) : [];
        var old = oldProvinces.Count > 0 && unitsChoice == "old";
        var provinces = old ? oldProvinces : await filters.ReadableProvincesAsync(ct);
        var scope = new Scope(FieldCode: f?.Code, InOldUnits: old);
        var current = Score(provinces, await figures.ByProvinceAsync(scope, p, ct));
        var previous = Score(provinces, await figures.ByProvinceAsync(scope, p.Previous, ct));
        var previousRanks = previous.ToDictionary(r => r.Province.Code, r => r.Rank);
        var rows = current.Select(r => r with { PreviousRank = previousRanks.GetValueOrDefault(r.Province.Code) }).ToList();
        IReadOnlyList<RankingRow> sorted = order.Key switch
        {
            "name" => Sorting.ByName(rows, order.Descending, r => r.Province.Name),
            "rank_ontime" => Sorting.By(rows, r => r.RankOnTime, order.Descending, r => r.Province.Name),
            "rank_online" => Sorting.By(rows, r => r.RankOnline, order.Descending, r => r.Province.Name),
            "change" => Sorting.By(rows, r => r.RankChange, order.Descending, r => r.Province.Name),
            _ => Sorting.By(rows, r => r.Rank, order.Descending, r => r.Province.Name),
        };
        return new RankingModel(PeriodPicker.Create(p, await filters.RangeAsync(ct), f, units.Fields, true), sorted, order, options.Value,
            old, oldProvinces.Count > 0);
    }

    private List<RankingRow> Score(IReadOnlyList<Province> provinces, IReadOnlyList<Grouped<string>> groups)
    {
        var o = options.Value;
        var byCode = groups.ToDictionary(g => g.Key, g => g.Figures);
        var scored = provinces.Select(province =>
        {
            var fig = byCode.GetValueOrDefault(province.Code) ?? Figures.Empty;
            var onTime = KpiFormulas.IndexPoints(fig.OnTimeRateIndex, o.OnTimeIndexTarget, o.OnTimeIndexPoints);
            var online = KpiFormulas.IndexPoints(fig.OnlineShare, o.OnlineShareTarget, o.OnlineSharePoints);
            // A total over an unknown indicator would rank a province by half its score: leave it unranked.
            var total = onTime is { } a && online is { } b ? a + b : (double?)null;
            return new RankingRow(ProvinceView.Of(province), fig.OnTimeRateIndex, onTime, fig.OnlineShare, online, total, null, null, null, null, fig.HasDemo);
        }).ToList();
        var rank = Sorting.Ranks(scored, r => Round(r.Total), r => r.Province.Code);
        var rankOnTime = Sorting.Ranks(scored, r => Round(r.OnTimePoints), r => r.Province.Code);
        var rankOnline = Sorting.Ranks(scored, r => Round(r.OnlinePoints), r => r.Province.Code);
        return [.. scored.Select(r => r with
        {
            Rank = rank.TryGetValue(r.Province.Code, out var x) ? x : null,
            RankOnTime = rankOnTime.TryGetValue(r.Province.Code, out var y) ? y : null,
            RankOnline = rankOnline.TryGetValue(r.Province.Code, out var z) ? z : null,
        })];
    }

    // Points equal to the shown two decimals tie, as a reader would expect from the table.
    private static double? Round(double? points) => points is { } p ? Math.Round(p, 2) : null;
}
