using System.Text.Json;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Metrics.Submissions;

/// <summary>
/// The figures of one unit's report as entered on the web: per field code, the eight base measures of the form, an unknown
/// one left out (never 0). A draft is stored as this JSON ({"TSVTD":{"received_online":3,...}}), keyed by canonical names.
/// </summary>
public sealed record EntryFigures(IReadOnlyDictionary<string, Measures> ByField)
{
    public static EntryFigures Empty { get; } = new(new Dictionary<string, Measures>());

    public bool IsEmpty => ByField.Values.All(m => MeasureCatalogue.Base.All(b => b.Of(m) is null));

    public string ToJson() => JsonSerializer.Serialize(ByField
        .Where(f => MeasureCatalogue.Base.Any(b => b.Of(f.Value) is not null))
        .OrderBy(f => f.Key, StringComparer.Ordinal)
        .ToDictionary(f => f.Key, f => MeasureCatalogue.Base.Where(b => b.Of(f.Value) is not null).ToDictionary(b => b.Name, b => b.Of(f.Value)!.Value)));

    /// <summary>A draft as stored; null or unreadable text is no draft.</summary>
    public static EntryFigures? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        Dictionary<string, Dictionary<string, int>>? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, int>>>(json);
        }
        catch (JsonException)
        {
            return null;
        }
        if (stored is null) return null;
        var byField = new Dictionary<string, Measures>(StringComparer.Ordinal);
        foreach (var (field, values) in stored)
        {
            var measures = new Measures();
            foreach (var (name, value) in values)
                if (MeasureCatalogue.Find(name) is { Kind: MeasureKind.Base } measure) measures = measure.With(measures, value);
            byField[field] = measures;
        }
        return new EntryFigures(byField);
    }
}
