using System.Collections;
using System.Runtime.CompilerServices;

namespace KpiDashboard.Reporting.Charts;

/// <summary>
/// An immutable list compared by its items, so that a record holding one stays value-equal
/// (chart specs are cache keys). Build it with a collection expression: <c>[a, b, .. query]</c>.
/// </summary>
[CollectionBuilder(typeof(ValueLists), nameof(ValueLists.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    internal ValueList(T[] items) => this.items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => items.Length;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", items)}]";

    public static implicit operator ValueList<T>(T[] items) => new([.. items]);

    public static implicit operator ValueList<T>(List<T> items) => new([.. items]);
}
