using KpiDashboard.Metrics.Kpis;
namespace KpiDashboard.Reporting.Charts;

/// <summary>
/// Received and resolved counts per field, as horizontal bars (long field names are wrapped, then cut with "…"),
/// most received first.
/// </summary>
public sealed record FieldChartSpec(string Title, ValueList<FieldCounts> Fields) : ChartSpec(Title)
{
    /// <summary>Legend text; defaults to "Tiếp nhận" / "Received".</summary>
    public string? ReceivedLabel { get; init; }

    /// <summary>Legend text; defaults to "Đã giải quyết" / "Resolved".</summary>
    public string? ResolvedLabel { get; init; }

    /// <summary>Count axis label; defaults to "Số hồ sơ" / "Dossiers".</summary>
    public string? CountAxisLabel { get; init; }

    internal string ReceivedText => Label(ReceivedLabel, ChartText.Received(Language));
    internal string ResolvedText => Label(ResolvedLabel, ChartText.Resolved(Language));
    internal string CountAxisText => Label(CountAxisLabel, ChartText.Dossiers(Language));

    /// <summary>Most received first (then most resolved, then name); fields with no figure at all last.</summary>
    internal IReadOnlyList<FieldCounts> Ordered() =>
    [
        .. Fields.OrderBy(f => f.Received is null && f.Resolved is null)
            .ThenByDescending(f => f.Received ?? -1)
            .ThenByDescending(f => f.Resolved ?? -1)
            .ThenBy(f => ChartText.Clean(f.Name), StringComparer.Ordinal),
    ];

    public override string AltText()
    {
        var l = Language;
        var en = l == Language.En;
        var fields = Ordered();
        var known = fields.Where(f => f.Received.HasValue || f.Resolved.HasValue).ToList();
        var parts = new List<string> { en ? $"{fields.Count} {(fields.Count == 1 ? "field" : "fields")}" : $"{fields.Count} lĩnh vực" };
        if (known.Count == 0)
        {
            parts.Add(en ? "no data" : "chưa có số liệu");
        }
        else
        {
            var totals = new List<string>();
            if (known.Any(f => f.Received.HasValue))
                totals.Add($"{ReceivedText} {(en ? "total" : "tổng")} {ChartText.Count(known.Sum(f => f.Received ?? 0), l)}");
            if (known.Any(f => f.Resolved.HasValue))
                totals.Add($"{ResolvedText} {(en ? "total" : "tổng")} {ChartText.Count(known.Sum(f => f.Resolved ?? 0), l)}");
            parts.Add(string.Join(", ", totals));
            var top = known.Where(f => f.Received.HasValue).Take(3)
                .Select(f => $"{ChartText.Clean(f.Name)} {ChartText.Count(f.Received!.Value, l)}").ToList();
            if (top.Count > 0)
                parts.Add((en ? "most received: " : "tiếp nhận nhiều nhất: ") + string.Join(", ", top));
            var unknown = fields.Count - known.Count;
            if (unknown > 0)
                parts.Add(en ? $"{unknown} {(unknown == 1 ? "field" : "fields")} without data" : $"{unknown} lĩnh vực chưa có số liệu");
        }
        return $"{ChartText.Clean(Title)}: {string.Join("; ", parts)}.";
    }

    private static string Label(string? given, string fallback) => string.IsNullOrWhiteSpace(given) ? fallback : ChartText.Clean(given);
}
