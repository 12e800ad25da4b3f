using KpiDashboard.Metrics.Kpis;
namespace KpiDashboard.Reporting.Charts;

/// <summary>
/// Months (12 or 24, any order) with received and resolved counts as bars on the left axis
/// and the on-time rate as a line on a percent axis at the right.
/// </summary>
public sealed record TrendChartSpec(string Title, ValueList<TrendPoint> Points) : ChartSpec(Title)
{
    /// <summary>Legend text; defaults to "Tiếp nhận" / "Received".</summary>
    public string? ReceivedLabel { get; init; }

    /// <summary>Legend text; defaults to "Đã giải quyết" / "Resolved".</summary>
    public string? ResolvedLabel { get; init; }

    /// <summary>Legend text and right axis label; defaults to "Tỷ lệ đúng hạn" / "On-time rate".</summary>
    public string? RateLabel { get; init; }

    /// <summary>Left axis label; defaults to "Số hồ sơ" / "Dossiers".</summary>
    public string? CountAxisLabel { get; init; }

    /// <summary>A dashed line on the rate axis, between 0 and 1; null draws none.</summary>
    public double? Target { get; init; }

    /// <summary>Some month is approximate (<see cref="TrendPoint.Approximate"/>).</summary>
    public bool Approximate => Points.Any(p => p.Approximate);

    internal string ApproximateText => ChartText.Approximate(Language);

    internal string ReceivedText => Label(ReceivedLabel, ChartText.Received(Language));
    internal string ResolvedText => Label(ResolvedLabel, ChartText.Resolved(Language));
    internal string RateText => Label(RateLabel, ChartText.OnTimeRate(Language));
    internal string CountAxisText => Label(CountAxisLabel, ChartText.Dossiers(Language));

    internal IReadOnlyList<TrendPoint> Ordered() => [.. Points.OrderBy(p => p.Month)];

    public override string AltText()
    {
        var l = Language;
        var en = l == Language.En;
        var points = Ordered();
        if (points.Count == 0) return $"{ChartText.Clean(Title)}: {(en ? "no data" : "chưa có số liệu")}.";

        var parts = new List<string>();
        var received = points.Where(p => p.Received.HasValue).ToList();
        if (received.Count > 0)
        {
            var max = received.MaxBy(p => p.Received)!;
            parts.Add(en
                ? $"{ReceivedText} total {ChartText.Count(received.Sum(p => p.Received!.Value), l)}, highest {ChartText.Count(max.Received!.Value, l)} ({ChartText.Month(max.Month, l)})"
                : $"{ReceivedText} tổng {ChartText.Count(received.Sum(p => p.Received!.Value), l)}, cao nhất {ChartText.Count(max.Received!.Value, l)} ({ChartText.Month(max.Month, l)})");
        }
        var resolved = points.Where(p => p.Resolved.HasValue).ToList();
        if (resolved.Count > 0)
            parts.Add($"{ResolvedText} {(en ? "total" : "tổng")} {ChartText.Count(resolved.Sum(p => p.Resolved!.Value), l)}");
        var rated = points.Where(p => p.OnTimeRate.HasValue).ToList();
        if (rated.Count > 0)
        {
            var low = rated.MinBy(p => p.OnTimeRate)!;
            var high = rated.MaxBy(p => p.OnTimeRate)!;
            var last = rated[^1];
            parts.Add(en
                ? $"{RateText} from {ChartText.Percent(low.OnTimeRate, l)} ({ChartText.Month(low.Month, l)}) to {ChartText.Percent(high.OnTimeRate, l)} ({ChartText.Month(high.Month, l)}), {ChartText.Percent(last.OnTimeRate, l)} in {ChartText.Month(last.Month, l)}"
                : $"{RateText} từ {ChartText.Percent(low.OnTimeRate, l)} ({ChartText.Month(low.Month, l)}) đến {ChartText.Percent(high.OnTimeRate, l)} ({ChartText.Month(high.Month, l)}), tháng {ChartText.Month(last.Month, l)} đạt {ChartText.Percent(last.OnTimeRate, l)}");
        }
        var empty = points.Count(p => p.Received is null && p.Resolved is null && p.OnTimeRate is null);
        if (empty > 0)
            parts.Add(en ? $"{empty} {(empty == 1 ? "month" : "months")} without data" : $"{empty} tháng chưa có số liệu");
        if (parts.Count == 0) parts.Add(en ? "no data" : "chưa có số liệu");
        var approximate = points.Where(p => p.Approximate).ToList();
        if (approximate.Count > 0)
            parts.Add(en
                ? $"{ChartText.Month(approximate[0].Month, l)}–{ChartText.Month(approximate[^1].Month, l)} approximate (a split old commune counts whole in its first-named successor)"
                : $"{ChartText.Month(approximate[0].Month, l)}–{ChartText.Month(approximate[^1].Month, l)} gần đúng (xã cũ bị chia tính toàn bộ vào xã mới nêu đầu tiên)");

        var span = $"{ChartText.Month(points[0].Month, l)}–{ChartText.Month(points[^1].Month, l)}";
        return $"{ChartText.Clean(Title)}, {span}: {string.Join("; ", parts)}.";
    }

    private static string Label(string? given, string fallback) => string.IsNullOrWhiteSpace(given) ? fallback : ChartText.Clean(given);
}
