using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Web.Pages;

/// <summary>The 34 provinces with every KPI, ranked by on-time rate (the ranking chart's order) and sorted as asked.</summary>
public static class ProvinceTable
{
    public static readonly SortOrder DefaultSort = new("rank", false);

    public static IReadOnlyList<string> Keys { get; } = ["rank", "name", .. Kpi.All.Select(k => k.Key)];

    public static IReadOnlyList<ProvinceRow> Build(IReadOnlyList<Province> provinces, IReadOnlyList<Grouped<string>> figures, SortOrder sort)
    {
        var byCode = figures.ToDictionary(g => g.Key, g => g.Figures);
        var rows = provinces.Select(p => (Province: p, Figures: byCode.GetValueOrDefault(p.Code) ?? Figures.Empty)).ToList();
        var ranks = Sorting.Ranks(rows, r => r.Figures.OnTimeRate.Value, r => r.Province.Code);
        var all = rows.Select(r => new ProvinceRow(ProvinceView.Of(r.Province), r.Figures, ranks.TryGetValue(r.Province.Code, out var rank) ? rank : null));
        return sort.Key switch
        {
            "name" => Sorting.ByName(all, sort.Descending, r => r.Province.Name),
            // Rank 1 is the best: ascending rank is descending rate.
            "rank" => Sorting.By(all, r => r.Rank, sort.Descending, r => r.Province.Name),
            _ => Sorting.By(all, r => Kpi.Find(sort.Key)!.SortValue(r.Figures), sort.Descending, r => r.Province.Name),
        };
    }
}
