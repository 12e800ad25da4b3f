namespace KpiDashboard.Metrics.Kpis;

/// <summary>Figures as a JSON object keyed by the canonical names: twelve measures, six rates and "complete".</summary>
public static class FiguresJson
{
    public static IReadOnlyDictionary<string, object?> From(Figures figures)
    {
        var json = new Dictionary<string, object?>();
        foreach (var name in MeasureNames.All) json[name] = MeasureNames.Get(figures, name).Value;
        foreach (var name in MeasureNames.Rates) json[name] = MeasureNames.GetRate(figures, name).Value is { } r ? Math.Round(r, 6) : null;
        json["complete"] = figures.Complete;
        return json;
    }
}
