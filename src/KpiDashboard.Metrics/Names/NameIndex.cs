namespace KpiDashboard.Metrics.Names;

/// <summary>
/// Finds an item by code or by name: names match regardless of case, Unicode normalisation, tone-mark placement
/// and administrative prefix, and without diacritics where that is unambiguous.
/// </summary>
public sealed class NameIndex<T> where T : class
{
    private readonly Dictionary<string, T> _byCode = new(StringComparer.OrdinalIgnoreCase);
    // The names' keys are most of the cost of loading the units (Unicode normalisation of every name), and a file
    // that names its units by code never needs them: they are made at the first lookup by name.
    private readonly Lazy<NameKeys> _byName;

    private sealed record NameKeys(Dictionary<string, List<T>> Exact, Dictionary<string, List<T>> Plain);

    public NameIndex(IEnumerable<T> items, Func<T, string> code, Func<T, IEnumerable<string>> names)
    {
        var list = items.ToList();
        foreach (var item in list) _byCode[code(item)] = item;
        _byName = new(() => KeysOf(list, names));
    }

    private static NameKeys KeysOf(List<T> items, Func<T, IEnumerable<string>> names)
    {
        var keys = new NameKeys(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        foreach (var item in items)
            foreach (var name in names(item).Distinct())
            {
                Add(keys.Exact, UnitName.Key(name), item);
                Add(keys.Plain, UnitName.PlainKey(name), item);
            }
        return keys;
    }

    public T? ByCode(string code) => _byCode.GetValueOrDefault(code.Trim());

    public NameMatch<T> Find(string text)
    {
        if (ByCode(text) is { } byCode) return NameMatch<T>.Found(byCode);
        if (_byName.Value.Exact.TryGetValue(UnitName.Key(text), out var exact)) return NameMatch<T>.Of(exact);
        // Without diacritics a name is only accepted when it points at one item.
        if (VietnameseText.HasNoDiacritics(text) && _byName.Value.Plain.TryGetValue(UnitName.PlainKey(text), out var loose))
            return NameMatch<T>.Of(loose);
        return NameMatch<T>.NotFound;
    }

    private static void Add(Dictionary<string, List<T>> index, string key, T item)
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(item)) list.Add(item);
    }
}
