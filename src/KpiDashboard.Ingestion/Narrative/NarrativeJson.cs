using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// The JSON of `kpi extract --json`: {"statements": [{"unit": {"text", "province", "commune", "level"}, "period": {"text", "start", "end"},
/// "figures": {NAME: {"value", "approximate", "sentence", "start", "end"}}, "fields": [{"field": {"text", "code"}, "figures": {…}}]}]}.
/// </summary>
public static class NarrativeJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<NarrativeStatement> statements)
    {
        var array = new JsonArray();
        foreach (var s in statements)
        {
            array.Add(new JsonObject
            {
                ["unit"] = new JsonObject { ["text"] = s.UnitText, ["province"] = s.Province?.Code, ["commune"] = s.Commune?.Code, ["level"] = s.Level },
                ["period"] = new JsonObject { ["text"] = s.PeriodText, ["start"] = Date(s.PeriodStart), ["end"] = Date(s.PeriodEnd) },
                ["figures"] = Figures(s.Figures),
                ["fields"] = new JsonArray(s.Fields.Select(f => (JsonNode)new JsonObject
                {
                    ["field"] = new JsonObject { ["text"] = f.FieldText, ["code"] = f.Field?.Code },
                    ["figures"] = Figures(f.Figures),
                }).ToArray()),
            });
        }
        return new JsonObject { ["statements"] = array }.ToJsonString(Options);
    }

    private static JsonObject Figures(IReadOnlyDictionary<string, NarrativeFigure> figures)
    {
        var o = new JsonObject();
        foreach (var (name, f) in figures)
            o[name] = new JsonObject { ["value"] = f.Value, ["approximate"] = f.Approximate, ["sentence"] = f.Sentence, ["start"] = f.Start, ["end"] = f.End };
        return o;
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
