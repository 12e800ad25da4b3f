using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>
/// The natural keys of a first load, kept in memory while its rows go straight into Facts, for the checks the staging
/// path runs as SQL over its staged rows (<see cref="Staging.StagingSql.KeyChecks"/>): duplicate keys and carried-over
/// figures that differ from the same unit's and field's pending of the month before in the file. Facts is empty, so the
/// file is the only previous month there is. Codes are numbered as they come, so a key is four integers and a row costs
/// about 40 bytes however long its codes (≈ 40 MB for a million rows).
/// </summary>
internal sealed class FirstLoadKeys
{
    /// <summary>An unknown figure: counts are never negative.</summary>
    private const int Unknown = int.MinValue;

    internal readonly record struct Key(int Period, int Province, int Commune, int Field);

    /// <param name="First">The lowest row with the key.</param>
    private record struct Seen(int First, int Pending, int CarriedOver);

    private readonly Dictionary<Key, Seen> _keys = new(1 << 16);
    private readonly Codes _provinces = new();
    private readonly Codes _communes = new();
    private readonly Codes _fields = new();
    private readonly List<(int Row, Key Key)> _duplicates = [];

    public int Rows { get; private set; }

    /// <summary>False once a key came twice: the batch fails, so its rows need not be written any more.</summary>
    public bool Unique => _duplicates.Count == 0;

    /// <summary>Notes a row exactly as it is inserted (<see cref="Staging.StagedRow"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(FigureRow row)
    {
        Rows++;
        var key = new Key(row.Key.Period, _provinces.Id(row.Key.ProvinceCode), _communes.Id(row.Key.CommuneCode ?? ""), _fields.Id(row.Key.FieldCode));
        ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_keys, key, out var exists);
        if (!exists)
        {
            seen = new Seen(row.Row, MeasureCatalogue.Pending.Of(row.Values) ?? Unknown, MeasureCatalogue.CarriedOver.Of(row.Values) ?? Unknown);
            return;
        }
        // Rows come in file order, but a source may number them otherwise: the first is the lowest, as in SQL's MIN(Row).
        if (row.Row < seen.First)
        {
            _duplicates.Add((seen.First, key));
            seen.First = row.Row;
        }
        else _duplicates.Add((row.Row, key));
    }

    /// <summary>(row, first row of its key) for every row whose key came in an earlier row, in row order.</summary>
    public IEnumerable<(int Row, int First)> Duplicates() =>
        _duplicates.Select(d => (d.Row, _keys[d.Key].First)).OrderBy(d => d.Row);

    /// <summary>
    /// (row, carried over, previous month's pending) where both are known and differ, in row order. Across 01/07/2025,
    /// once the old units are imported (<paramref name="unitLinks"/>), the previous month's row of a code is another unit's:
    /// <see cref="AcrossTheDate"/> checks those rows.
    /// </summary>
    public List<(int Row, int CarriedOver, int Pending)> CarriedOverMismatches(bool unitLinks)
    {
        var previous = new Dictionary<int, int>();
        var found = new List<(int Row, int CarriedOver, int Pending)>();
        foreach (var (key, seen) in _keys)
        {
            if (seen.CarriedOver == Unknown) continue;
            if (!previous.TryGetValue(key.Period, out var before))
                previous[key.Period] = before = Month.FromKey(key.Period).Previous.Key;
            if (unitLinks && before == AcrossTheDate.LastOldPeriod) continue;
            if (_keys.TryGetValue(key with { Period = before }, out var prior) && prior.Pending != Unknown && prior.Pending != seen.CarriedOver)
                found.Add((seen.First, seen.CarriedOver, prior.Pending));
        }
        found.Sort((a, b) => a.Row.CompareTo(b.Row));
        return found;
    }

    /// <summary>The rows of one month with a carried-over figure: (row, carried over, commune code, field code).</summary>
    public IEnumerable<(int Row, int CarriedOver, string Commune, string Field)> CarriedOverIn(int period)
    {
        foreach (var (key, seen) in _keys)
            if (key.Period == period && seen.CarriedOver != Unknown)
                yield return (seen.First, seen.CarriedOver, _communes[key.Commune], _fields[key.Field]);
    }

    /// <summary>The pending figure of a row of the file, null when the file has no such row or does not know it.</summary>
    public int? PendingOf(int period, string province, string commune, string field) =>
        _provinces.Find(province) is { } p && _communes.Find(commune) is { } c && _fields.Find(field) is { } f &&
        _keys.TryGetValue(new Key(period, p, c, f), out var seen) && seen.Pending != Unknown ? seen.Pending : null;

    /// <summary>The units the file reports: (period, province, commune code or '' for the provincial agencies), each once.</summary>
    public IEnumerable<(int Period, string Province, string Commune)> Units() =>
        _keys.Keys.Select(k => (k.Period, k.Province, k.Commune)).Distinct()
            .Select(u => (u.Period, _provinces[u.Province], _communes[u.Commune]));

    /// <summary>Numbers each distinct code in the order it first comes.</summary>
    private sealed class Codes
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _codes = [];

        public int Id(string code)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, code, out var exists);
            if (!exists)
            {
                id = _codes.Count;
                _codes.Add(code);
            }
            return id;
        }

        public int? Find(string code) => _ids.TryGetValue(code, out var id) ? id : null;

        public string this[int id] => _codes[id];
    }
}
