namespace KpiDashboard.Reporting.Charts;

/// <summary>Builds <see cref="ValueList{T}"/> from collection expressions and sequences.</summary>
public static class ValueLists
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    public static ValueList<T> From<T>(IEnumerable<T> items) => new([.. items]);
}
