namespace KpiDashboard.Metrics.Names;

/// <summary>
/// Finds an item by code or by name: names match regardless of case, Unicode normalisation, tone-mark placement
/// and administrative prefix, and without diacritics where that is unambiguous.
/// </summary>
public sealed class NameIndex<T> where T : class
{
    private readonly Dictionary<string, T> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<T>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<T>> _byPlainKey = new(StringComparer.Ordinal);

    public NameIndex(IEnumerable<T> items, Func<T, string> code, Func<T, IEnumerable<string>> names)
    {
        foreach (var item in items)
        {
            _byCode[code(item)] = item;
            foreach (var name in names(item).Distinct())
            {
                Add(_byKey, UnitName.Key(name), item);
                Add(_byPlainKey, UnitName.PlainKey(name), item);
            }
        }
    }

    public T? ByCode(string code) => _byCode.GetValueOrDefault(code.Trim());

    public NameMatch<T> Find(string text)
    {
        if (ByCode(text) is { } byCode) return NameMatch<T>.Found(byCode);
        if (_byKey.TryGetValue(UnitName.Key(text), out var exact)) return NameMatch<T>.Of(exact);
        // Without diacritics a name is only accepted when it points at one item.
        if (VietnameseText.HasNoDiacritics(text) && _byPlainKey.TryGetValue(UnitName.PlainKey(text), out var loose))
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
