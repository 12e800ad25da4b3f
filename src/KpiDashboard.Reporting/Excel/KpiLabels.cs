using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>Column headers for the canonical measures (from the catalogue) and rates, with their form column numbers.</summary>
public static class KpiLabels
{
    private static readonly Dictionary<string, (string Vi, string En)> Labels = new()
    {
        [MeasureNames.ResolutionRate] = ("Tỷ lệ đã giải quyết (7)/(3)", "Resolution rate (7)/(3)"),
        [MeasureNames.EarlyRate] = ("Tỷ lệ trước hạn (8)/(7)", "Early rate (8)/(7)"),
        [MeasureNames.OnTimeRate] = ("Tỷ lệ đúng hạn theo biểu ((8)+(9))/(7)", "On-time rate, form ratio ((8)+(9))/(7)"),
        [MeasureNames.OnTimeRateIndex] = ("Tỷ lệ đúng hạn theo Chỉ số 766 ((8)+(9)+(12))/((7)+(11))", "On-time rate, Decision 766 index ((8)+(9)+(12))/((7)+(11))"),
        [MeasureNames.LateRate] = ("Tỷ lệ quá hạn (10)/(7)", "Late rate (10)/(7)"),
        [MeasureNames.OnlineShare] = ("Tỷ lệ tiếp nhận trực tuyến (4)/((4)+(5))", "Online share (4)/((4)+(5))"),
    };

    public static string For(string name, Language language)
    {
        if (MeasureCatalogue.Find(name) is { } measure) return measure.LabelWithColumns(language);
        return Labels.TryGetValue(name, out var l) ? language.Pick(l.Vi, l.En) : name;
    }
}
