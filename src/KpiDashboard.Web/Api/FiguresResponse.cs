using System.Text.Json.Serialization;

namespace KpiDashboard.Web.Api;

/// <summary>GET /api/figures: the scope asked for and its figures under the canonical names.</summary>
public sealed record FiguresResponse(
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("province")] string? Province,
    [property: JsonPropertyName("commune")] string? Commune,
    [property: JsonPropertyName("field")] string? Field,
    [property: JsonPropertyName("figures")] IReadOnlyDictionary<string, object?> Figures);
