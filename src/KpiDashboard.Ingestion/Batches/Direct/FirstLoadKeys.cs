using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>
/// The natural keys of a first load, kept in memory while its rows go straight into Facts, for the checks the staging
/// path runs as SQL over its staged rows (<see cref="Staging.StagingSql.KeyChecks"/>): duplicate keys and carried-over
/// figures that differ from the same unit's and field's pending of the month before in the file (Facts is empty, so the
/// file is the only month before there is). Each row is 24 bytes (its unit and field packed into one number, its month,
/// row, pending and carried over) in fixed blocks, so memory grows by exactly that (25 MB for a million rows) and never
/// by a copy; the blocks are sorted and merged once at the end, and the checks read the keys in that order, as
/// PostgreSQL's one-pass checks read the sorted staging table.
/// </summary>
internal sealed class FirstLoadKeys
{
    /// <summary>An unknown figure: counts are never negative.</summary>
    private const int Unknown = int.MinValue;

    private const int BlockSize = 1 << 16;

    /// <param name="Unit">Province, commune (or '' for the provincial agencies) and field, numbered by <see cref="Codes"/>.</param>
    private readonly record struct Key(ulong Unit, int Period, int Row, int Pending, int CarriedOver) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var unit = Unit.CompareTo(other.Unit);
            if (unit != 0) return unit;
            var period = Period.CompareTo(other.Period);
            return period != 0 ? period : Row.CompareTo(other.Row);
        }
    }

    private readonly List<Key[]> _blocks = [];
    private int _last = BlockSize;
    private readonly Codes _provinces = new(16);
    private readonly Codes _communes = new(24);
    private readonly Codes _fields = new(24);

    public int Rows { get; private set; }

    /// <summary>Notes a row exactly as it is inserted (<see cref="Staging.StagedRow"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(FigureRow row)
    {
        if (_last == BlockSize)
        {
            _blocks.Add(new Key[BlockSize]);
            _last = 0;
        }
        _blocks[^1][_last++] = new Key(Unit(_provinces.Id(row.Key.ProvinceCode), _communes.Id(Staging.StagedRow.CommuneKey(row)), _fields.Id(row.Key.FieldCode)),
            row.Key.Period, row.Row, MeasureCatalogue.Pending.Of(row.Values) ?? Unknown, MeasureCatalogue.CarriedOver.Of(row.Values) ?? Unknown);
        Rows++;
    }

    private static ulong Unit(int province, int commune, int field) => ((ulong)(uint)province << 48) | ((ulong)(uint)commune << 24) | (uint)field;

    /// <summary>What the keys say, read in one pass over them in order.</summary>
    /// <param name="unitLinks">The old units are imported: a July 2025 row is checked across the date instead (<see cref="AcrossTheDate"/>).</param>
    public Findings Check(bool unitLinks)
    {
        var findings = new Findings(this);
        var units = new HashSet<(int Period, int Province, int Commune)>();
        var previousOf = new Dictionary<int, int>();
        Key? before = null;
        var first = 0;
        foreach (var key in Sorted())
        {
            var (province, commune, field) = ((int)(key.Unit >> 48), (int)((key.Unit >> 24) & 0xFFFFFF), (int)(key.Unit & 0xFFFFFF));
            units.Add((key.Period, province, commune));
            if (before is { } b && b.Unit == key.Unit && b.Period == key.Period)
            {
                // Sorted by row within a key: the key's first row is its lowest, as SQL's MIN(Row).
                findings.Duplicates.Add((key.Row, first));
                before = key;
                continue;
            }
            first = key.Row;
            if (!previousOf.TryGetValue(key.Period, out var previous)) previousOf[key.Period] = previous = Month.FromKey(key.Period).Previous.Key;
            if (key.Period == AcrossTheDate.LastOldPeriod) findings.June[key.Unit] = key.Pending;
            if (key.CarriedOver != Unknown)
            {
                if (key.Period == UnitValidity.FirstNewPeriod && commune != _communes.Empty)
                    findings.July.Add((key.Row, key.CarriedOver, _communes[commune], _fields[field]));
                var acrossTheDate = unitLinks && previous == AcrossTheDate.LastOldPeriod;
                if (!acrossTheDate && before is { } p && p.Unit == key.Unit && p.Period == previous && p.Pending != Unknown && p.Pending != key.CarriedOver)
                    findings.CarriedOverMismatches.Add((key.Row, key.CarriedOver, p.Pending));
            }
            before = key;
        }
        findings.Duplicates.Sort((a, b) => a.Row.CompareTo(b.Row));
        findings.CarriedOverMismatches.Sort((a, b) => a.Row.CompareTo(b.Row));
        findings.July.Sort((a, b) => a.Row.CompareTo(b.Row));
        findings.Units.AddRange(units.Select(u => (u.Period, _provinces[u.Province], _communes[u.Commune])));
        // The rows' keys are read: what follows (indexes, summaries) can have their memory. The blocks are large objects,
        // which only a full collection frees, and none may come before the batch ends.
        _blocks.Clear();
        GC.Collect();
        return findings;
    }

    /// <summary>Every key in (unit, month, row) order: each block sorted, then merged.</summary>
    private IEnumerable<Key> Sorted()
    {
        var lengths = _blocks.Select((_, i) => i == _blocks.Count - 1 ? _last : BlockSize).ToArray();
        for (var i = 0; i < _blocks.Count; i++) Array.Sort(_blocks[i], 0, lengths[i]);
        var next = new int[_blocks.Count];
        var queue = new PriorityQueue<int, Key>(_blocks.Count);
        for (var i = 0; i < _blocks.Count; i++)
            if (lengths[i] > 0) queue.Enqueue(i, _blocks[i][0]);
        while (queue.TryDequeue(out var block, out var key))
        {
            yield return key;
            if (++next[block] < lengths[block]) queue.Enqueue(block, _blocks[block][next[block]]);
        }
    }

    /// <summary>What <see cref="Check"/> found; every list in row order.</summary>
    internal sealed class Findings(FirstLoadKeys keys)
    {
        /// <summary>(row, first row of its key) for every row whose key came in an earlier row.</summary>
        public List<(int Row, int First)> Duplicates { get; } = [];

        /// <summary>(row, carried over, previous month's pending) where both are known and differ.</summary>
        public List<(int Row, int CarriedOver, int Pending)> CarriedOverMismatches { get; } = [];

        /// <summary>The July 2025 commune rows with a carried-over figure: (row, carried over, commune code, field code).</summary>
        public List<(int Row, int CarriedOver, string Commune, string Field)> July { get; } = [];

        /// <summary>The units the file reports: (period, province, commune code or '' for the provincial agencies), each once.</summary>
        public List<(int Period, string Province, string Commune)> Units { get; } = [];

        internal Dictionary<ulong, int> June { get; } = [];

        /// <summary>The June 2025 pending of a unit and field in the file, null when the file has no such row or does not know it.</summary>
        public int? JunePendingOf(string province, string commune, string field) =>
            keys._provinces.Find(province) is { } p && keys._communes.Find(commune) is { } c && keys._fields.Find(field) is { } f &&
            June.TryGetValue(Unit(p, c, f), out var pending) && pending != Unknown ? pending : null;
    }

    /// <summary>Numbers each distinct code in the order it first comes, within <paramref name="bits"/> bits.</summary>
    private sealed class Codes(int bits)
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _codes = [];

        public int Id(string code)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, code, out var exists);
            if (!exists)
            {
                id = _codes.Count;
                // Codes are the catalogue's (63 provinces, about 14,000 communes old and new, the fields): far below the limit.
                if (id >> bits != 0) throw new InvalidOperationException($"More than {1 << bits} distinct codes in one file.");
                _codes.Add(code);
            }
            return id;
        }

        public int? Find(string code) => _ids.TryGetValue(code, out var id) ? id : null;

        public int Empty => Find("") ?? -1;

        public string this[int id] => _codes[id];
    }
}
