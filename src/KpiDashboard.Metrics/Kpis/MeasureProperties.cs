using System.Linq.Expressions;
using System.Reflection;

namespace KpiDashboard.Metrics.Kpis;

/// <summary>
/// Reads and writes the property of each measure on a type that has one per measure, named as
/// <see cref="Measure.Column"/>: compiled once from the catalogue, so that no code lists the twelve properties again.
/// </summary>
internal static class MeasureProperties<TOwner, TValue>
{
    private static readonly PropertyInfo[] Properties = [.. MeasureCatalogue.All.Select(Property)];

    private static readonly Func<TOwner, TValue>[] Getters = [.. Properties.Select(Getter)];

    private static readonly Func<TOwner, TValue, TOwner>[] Setters = typeof(TOwner).IsValueType ? [.. Properties.Select(Setter)] : [];

    private static readonly Func<TValue[], TOwner> Builder = BuildFrom();

    public static TValue Get(Measure measure, TOwner owner) => Getters[measure.Index](owner);

    /// <summary>A copy of a value type with one measure changed.</summary>
    public static TOwner With(Measure measure, TOwner owner, TValue value) => Setters[measure.Index](owner, value);

    /// <summary>A new owner with every measure set, in catalogue order.</summary>
    public static TOwner Build(TValue[] values) => Builder(values);

    /// <summary>The members an object initialiser sets, for expressions that EF translates.</summary>
    public static MemberBinding Bind(Measure measure, Expression value) => Expression.Bind(Properties[measure.Index], value);

    public static Expression Access(Expression owner, Measure measure) => Expression.Property(owner, Properties[measure.Index]);

    private static PropertyInfo Property(Measure measure) =>
        typeof(TOwner).GetProperty(measure.Column) is { } p && p.PropertyType == typeof(TValue)
            ? p
            : throw new InvalidOperationException($"{typeof(TOwner).Name} has no {typeof(TValue).Name} property {measure.Column}.");

    private static Func<TOwner, TValue> Getter(PropertyInfo property)
    {
        var owner = Expression.Parameter(typeof(TOwner));
        return Expression.Lambda<Func<TOwner, TValue>>(Expression.Property(owner, property), owner).Compile();
    }

    private static Func<TOwner, TValue, TOwner> Setter(PropertyInfo property)
    {
        // The owner arrives as a copy (a value type), so setting its property changes only that copy.
        var owner = Expression.Parameter(typeof(TOwner));
        var value = Expression.Parameter(typeof(TValue));
        var copy = Expression.Variable(typeof(TOwner));
        var body = Expression.Block([copy], Expression.Assign(copy, owner), Expression.Assign(Expression.Property(copy, property), value), copy);
        return Expression.Lambda<Func<TOwner, TValue, TOwner>>(body, owner, value).Compile();
    }

    private static Func<TValue[], TOwner> BuildFrom()
    {
        var values = Expression.Parameter(typeof(TValue[]));
        var init = Expression.MemberInit(Expression.New(typeof(TOwner)),
            MeasureCatalogue.All.Select(m => Bind(m, Expression.ArrayIndex(values, Expression.Constant(m.Index)))));
        return Expression.Lambda<Func<TValue[], TOwner>>(init, values).Compile();
    }
}
