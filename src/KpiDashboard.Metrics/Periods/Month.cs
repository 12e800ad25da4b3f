using System.Globalization;

namespace KpiDashboard.Metrics.Periods;

/// <summary>A calendar month, the grain of every fact. Stored as the integer yyyyMM.</summary>
public readonly partial record struct Month(int Year, int Number) : IComparable<Month>
{
    public int Key => Year * 100 + Number;

    public static Month FromKey(int key) => new(key / 100, key % 100);

    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    public Month AddMonths(int count)
    {
        var index = Year * 12 + (Number - 1) + count;
        return new Month(index / 12, index % 12 + 1);
    }

    public Month Previous => AddMonths(-1);

    public DateOnly FirstDay => new(Year, Number, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public int CompareTo(Month other) => Key.CompareTo(other.Key);

    public static bool operator <(Month a, Month b) => a.Key < b.Key;
    public static bool operator >(Month a, Month b) => a.Key > b.Key;
    public static bool operator <=(Month a, Month b) => a.Key <= b.Key;
    public static bool operator >=(Month a, Month b) => a.Key >= b.Key;

    /// <summary>The canonical text, yyyy-MM.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}");
}
