namespace KpiDashboard.Web.Pages;

/// <summary>Sorts rows by a nullable number; unknown values go last in either direction, then by Vietnamese name.</summary>
public static class Sorting
{
    public static IReadOnlyList<T> By<T>(IEnumerable<T> rows, Func<T, double?> value, bool descending, Func<T, string> name)
    {
        var list = rows.ToList();
        var known = list.Where(r => value(r) is not null);
        var ordered = descending ? known.OrderByDescending(r => value(r)) : known.OrderBy(r => value(r));
        return
        [
            .. ordered.ThenBy(name, VietnameseOrder.Comparer),
            .. list.Where(r => value(r) is null).OrderBy(name, VietnameseOrder.Comparer),
        ];
    }

    public static IReadOnlyList<T> ByName<T>(IEnumerable<T> rows, bool descending, Func<T, string> name) =>
        descending ? [.. rows.OrderByDescending(name, VietnameseOrder.Comparer)] : [.. rows.OrderBy(name, VietnameseOrder.Comparer)];

    /// <summary>Competition ranks (1, 2, 2, 4) by a value, highest first; unknown values get no rank.</summary>
    public static Dictionary<TKey, int> Ranks<T, TKey>(IEnumerable<T> rows, Func<T, double?> value, Func<T, TKey> key) where TKey : notnull
    {
        var ranks = new Dictionary<TKey, int>();
        var ordered = rows.Where(r => value(r) is not null).OrderByDescending(r => value(r)).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && value(ordered[i]) == value(ordered[i - 1]) ? ranks[key(ordered[i - 1])] : i + 1;
            ranks[key(ordered[i])] = rank;
        }
        return ranks;
    }
}
