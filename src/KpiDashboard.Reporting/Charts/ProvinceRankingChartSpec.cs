using KpiDashboard.Metrics.Kpis;
namespace KpiDashboard.Reporting.Charts;

/// <summary>
/// Provinces ranked by a rate, as horizontal bars (34 names stay legible), highest first, unknown last,
/// with a target line on a percent axis. The renderer sorts; pass the provinces in any order.
/// </summary>
public sealed record ProvinceRankingChartSpec(string Title, ValueList<ProvinceRate> Provinces) : ChartSpec(Title)
{
    /// <summary>Between 0 and 1; null draws no target line.</summary>
    public double? Target { get; init; } = 0.95;

    /// <summary>Defaults to "Mục tiêu 95%" / "Target 95%".</summary>
    public string? TargetLabel { get; init; }

    /// <summary>The rate's name under the percent axis, e.g. "Tỷ lệ đúng hạn".</summary>
    public string? ValueAxisLabel { get; init; }

    /// <summary>Highest rate first, ties by name; unknown rates last, by name.</summary>
    internal IReadOnlyList<ProvinceRate> Ranked() =>
    [
        .. Provinces.Where(p => p.Rate.HasValue).OrderByDescending(p => p.Rate).ThenBy(p => ChartText.Clean(p.Name), StringComparer.Ordinal),
        .. Provinces.Where(p => !p.Rate.HasValue).OrderBy(p => ChartText.Clean(p.Name), StringComparer.Ordinal),
    ];

    public override string AltText()
    {
        var l = Language;
        var en = l == Language.En;
        var ranked = Ranked();
        var known = ranked.Where(p => p.Rate.HasValue).ToList();
        var unknown = ranked.Where(p => !p.Rate.HasValue).Select(p => ChartText.Clean(p.Name)).ToList();
        var parts = new List<string>();
        if (known.Count == 0)
        {
            parts.Add(en ? "no data" : "chưa có số liệu");
        }
        else
        {
            var top = known[0];
            var bottom = known[^1];
            parts.Add(en
                ? $"highest {ChartText.Clean(top.Name)} {ChartText.Percent(top.Rate, l)}, lowest {ChartText.Clean(bottom.Name)} {ChartText.Percent(bottom.Rate, l)}"
                : $"cao nhất {ChartText.Clean(top.Name)} {ChartText.Percent(top.Rate, l)}, thấp nhất {ChartText.Clean(bottom.Name)} {ChartText.Percent(bottom.Rate, l)}");
            if (Target is { } target)
            {
                var met = known.Count(p => p.Rate >= target);
                var targetText = ChartText.Percent(target, l);
                parts.Add(en
                    ? $"{met} of {known.Count} provinces meet the {targetText} target"
                    : $"{met}/{known.Count} tỉnh đạt mục tiêu {targetText}");
            }
            if (unknown.Count > 0)
            {
                var names = unknown.Count <= 5 ? $" ({string.Join(", ", unknown)})" : "";
                parts.Add(en
                    ? $"{unknown.Count} {(unknown.Count == 1 ? "province has" : "provinces have")} no data{names}"
                    : $"{unknown.Count} tỉnh chưa có số liệu{names}");
            }
        }
        return $"{ChartText.Clean(Title)}: {string.Join("; ", parts)}.";
    }
}
