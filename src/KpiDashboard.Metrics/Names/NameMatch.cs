namespace KpiDashboard.Metrics.Names;

public enum NameMatchStatus
{
    Found,
    NotFound,
    Ambiguous,
}

public readonly record struct NameMatch<T>(NameMatchStatus Status, T? Item, IReadOnlyList<T> Candidates) where T : class
{
    public static NameMatch<T> NotFound => new(NameMatchStatus.NotFound, null, []);

    public static NameMatch<T> Found(T item) => new(NameMatchStatus.Found, item, [item]);

    internal static NameMatch<T> Of(IReadOnlyList<T> candidates) =>
        candidates.Count == 1 ? Found(candidates[0]) : new(NameMatchStatus.Ambiguous, null, candidates);
}
