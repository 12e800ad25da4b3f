namespace KpiDashboard.Metrics.History;

/// <summary>
/// Which old units' figures stand for today's units in months before July 2025 (see <see cref="Queries.FigureQuery"/>):
/// the old codes of the scope's province or commune and of the provinces the caller may read. Null members mean "no
/// translation": the scope names no unit, or no history is imported (then old months are read in today's codes).
/// </summary>
public sealed record Predecessors(
    IReadOnlyList<string>? Provinces, IReadOnlyList<string>? Communes, IReadOnlyList<string>? Allowed, bool Approximate)
{
    public static Predecessors None { get; } = new(null, null, null, false);
}
