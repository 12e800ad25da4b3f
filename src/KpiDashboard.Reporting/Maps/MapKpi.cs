using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.Reporting.Maps;

/// <summary>
/// What a map can be coloured by: four of the pages' KPIs (<see cref="Kpi"/>: the on-time rate of the form, the national
/// index rate 2.1, the online share, the overdue backlog) and the reporting status. Each has fixed class breaks, so that the same colour
/// means the same thing on every map and every month.
/// </summary>
public sealed record MapKpi(string Key, string Vi, string En, string NoteVi, string NoteEn, MapValueKind Kind, double[] Breaks, string[] Palette,
    Func<Figures, double?> Value)
{
    // Light to dark where higher is better (ColorBrewer YlGnBu); light to dark red where higher is worse (OrRd).
    private static readonly string[] Better = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];
    private static readonly string[] Worse = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"];

    public static readonly MapKpi OnTimeRate = Of(Kpi.OnTimeRate,
        "Màu theo tỷ lệ hồ sơ giải quyết trước và đúng hạn trên số đã giải quyết ((8)+(9))/(7); màu đậm hơn là tốt hơn.",
        "Colour by the share of resolved dossiers resolved early or on time ((8)+(9))/(7); darker is better.",
        [0.8, 0.9, 0.95, 0.98], Better);

    public static readonly MapKpi OnTimeRateIndex = Of(Kpi.OnTimeRateIndex,
        "Màu theo chỉ số 2.1 (Quyết định 766): ((8)+(9)+(12))/((7)+(11)), hồ sơ đang giải quyết trong hạn tính là đúng hạn; màu đậm hơn là tốt hơn.",
        "Colour by indicator 2.1 (Decision 766): ((8)+(9)+(12))/((7)+(11)), pending dossiers within their deadline count as on time; darker is better.",
        [0.8, 0.9, 0.95, 0.98], Better);

    public static readonly MapKpi OnlineShare = Of(Kpi.OnlineShare,
        "Màu theo tỷ lệ hồ sơ tiếp nhận trực tuyến (4)/((4)+(5)); mục tiêu 50%; màu đậm hơn là cao hơn.",
        "Colour by the share of dossiers received online (4)/((4)+(5)); target 50%; darker is higher.",
        [0.3, 0.5, 0.7, 0.85], Better);

    public static readonly MapKpi OverdueBacklog = Of(Kpi.OverdueBacklog,
        "Màu theo số hồ sơ đang giải quyết đã quá hạn cuối kỳ (cột 13); màu đỏ đậm hơn là nhiều hơn (xấu hơn).",
        "Colour by the dossiers still pending past their deadline at the end of the period (column 13); darker red is more (worse).",
        [1, 3, 10, 30], Worse);

    public static readonly MapKpi Reporting = new("reporting", "Tình trạng báo cáo", "Reporting status",
        "Màu theo việc đơn vị đã gửi số liệu của kỳ hay chưa.",
        "Colour by whether the unit sent figures for the period.",
        MapValueKind.Status, [1], ["#f4a582", "#4393c3"], f => f.Rows > 0 ? 1 : 0);

    /// <summary>A KPI of the pages as a map colouring: its key, labels and value are the KPI's own, so page and map never disagree.</summary>
    private static MapKpi Of(Kpi kpi, string noteVi, string noteEn, double[] breaks, string[] palette) =>
        new(kpi.Key, kpi.Vi, kpi.En, noteVi, noteEn, kpi.Count is null ? MapValueKind.Rate : MapValueKind.Count, breaks, palette, kpi.SortValue);

    public static IReadOnlyList<MapKpi> All { get; } = [OnTimeRate, OnTimeRateIndex, OnlineShare, OverdueBacklog, Reporting];

    public static MapKpi Default => OnTimeRateIndex;

    public static MapKpi? Find(string? key) => All.FirstOrDefault(k => string.Equals(k.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));

    public string Label(Language l) => l == Language.En ? En : Vi;

    public string Note(Language l) => l == Language.En ? NoteEn : NoteVi;

    /// <summary>The class of a value: how many breaks it reaches.</summary>
    public int ClassOf(double value) => Breaks.Count(b => value >= b);

    /// <summary>The colour of some figures, or null for no data.</summary>
    public string? Fill(Figures figures) => Value(figures) is { } v ? Palette[ClassOf(v)] : null;

    /// <summary>The value as the tooltip and the table show it.</summary>
    public string Text(Figures figures, Language l)
    {
        if (Value(figures) is not { } v) return NoData(l);
        return Kind switch
        {
            MapValueKind.Rate => ChartText.Percent(v, l),
            MapValueKind.Count => ChartText.Count(v, l),
            _ => v >= 1 ? (l == Language.En ? "reported" : "đã báo cáo") : (l == Language.En ? "not reported" : "chưa báo cáo"),
        };
    }

    public static string NoData(Language l) => l == Language.En ? "no data" : "không có số liệu";

    /// <summary>The legend's classes, and "no data" last for the KPIs that can lack it.</summary>
    public IReadOnlyList<MapLegendItem> LegendItems(Language l)
    {
        var items = new List<MapLegendItem>();
        for (var i = 0; i < Palette.Length; i++) items.Add(new MapLegendItem(Palette[i], ClassLabel(i, l)));
        if (Kind != MapValueKind.Status) items.Add(new MapLegendItem(null, NoData(l)));
        return items;
    }

    private string ClassLabel(int i, Language l)
    {
        var last = Palette.Length - 1;
        switch (Kind)
        {
            case MapValueKind.Rate:
                string P(double r) => ChartText.Percent(r, l, 0);
                return i == 0 ? "< " + P(Breaks[0]) : i == last ? "≥ " + P(Breaks[last - 1]) : $"{P(Breaks[i - 1])} – < {P(Breaks[i])}";
            case MapValueKind.Count:
                string C(double c) => ChartText.Count(c, l);
                if (i == 0) return C(0);
                if (i == last) return "≥ " + C(Breaks[last - 1]);
                return Breaks[i] - Breaks[i - 1] == 1 ? C(Breaks[i - 1]) : $"{C(Breaks[i - 1])}–{C(Breaks[i] - 1)}";
            default:
                return i == 0 ? (l == Language.En ? "no figures sent" : "chưa gửi số liệu") : (l == Language.En ? "figures sent" : "đã gửi số liệu");
        }
    }
}

public enum MapValueKind
{
    Rate,
    Count,
    Status,
}
