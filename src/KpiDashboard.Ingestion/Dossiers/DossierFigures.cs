using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// The figures of every window a dossier list covers, from its first received date to its latest date (received or
/// finished), for every unit and field in the list: a window in that span without a dossier gets zeros, because the
/// list is the unit's whole register. A window before July 2025 is counted in the old unit a dossier names, a later
/// one in today's (<see cref="DossierRow.UnitIn"/>), so the zeros too are each window's units'. Dossiers are added one
/// at a time, so a list of millions streams through counts that grow with its units and months, not with its rows.
/// </summary>
/// <param name="span">The windows to compute (a recompute of some months); by default those the added dossiers cover.</param>
public sealed class DossierFigures(DossierRules rules, DossierFigures.Span? span = null)
{
    /// <summary>The windows to compute and the first in today's units.</summary>
    /// <param name="FirstInTodaysUnits">July 2025 once the old units are imported; with no history, the first window.</param>
    public sealed record Span(Month First, Month Last, Month FirstInTodaysUnits);

    private readonly Dictionary<FactKey, DossierCounts> _counts = [];
    private readonly HashSet<(string Province, string? Commune, string Field)> _units = [];
    private readonly HashSet<(string Province, string? Commune, string Field)> _oldUnits = [];
    // Pending dossiers count in every window up to the list's last one, known only at the end; after the window they
    // were received in they count alike when they fall overdue in the same window, so one of each kind and a count stand
    // for them all.
    private readonly Dictionary<(Month Received, string Province, string? Commune, string? OldProvince, string? OldCommune, string Field, Month OverdueFrom),
        (DossierRow Sample, int Count)> _pending = [];
    private Month? _first;
    private Month? _last;

    /// <summary>
    /// The most figures one list may give: a province's register of ten years with 25 fields in 170 communes. Each unit and
    /// field of a list gets a figure in every window of its span, so a small list of sparse old dossiers could otherwise
    /// ask for millions (3,321 communes × 7 fields × 120 months from 23,248 rows took 1.1 GB).
    /// </summary>
    public const long MaxFigures = 500_000;

    /// <summary>How many figures <see cref="Result"/> gives at most: every unit and field of the list in every window of its span.</summary>
    public long Size => _first is { } first && _last is { } last
        ? (long)(_units.Count + _oldUnits.Count) * ((last.Year - first.Year) * 12 + last.Number - first.Number + 1)
        : 0;

    public void Add(DossierRow dossier)
    {
        var d = dossier.Dates;
        var received = rules.Windows.WindowOf(d.ReceivedOn);
        var latest = d.FinishedOn is { } f && f > d.ReceivedOn ? rules.Windows.WindowOf(f) : received;
        if (_first is null || received < _first) _first = received;
        if (_last is null || latest > _last) _last = latest;
        _units.Add((dossier.ProvinceCode, dossier.CommuneCode, dossier.FieldCode));
        if (dossier.OldProvinceCode is { } oldProvince) _oldUnits.Add((oldProvince, dossier.OldCommuneCode, dossier.FieldCode));
        var until = span is { } s && s.Last < latest ? s.Last : latest;
        foreach (var window in rules.WindowsOf(d, until))
        {
            if (span is { } within && window < within.First) continue;
            var key = Key(window, dossier);
            var c = _counts.GetValueOrDefault(key);
            rules.Count(d, window, ref c);
            _counts[key] = c;
        }
        if (d.FinishedOn is null)
        {
            var pendingKey = (received, dossier.ProvinceCode, dossier.CommuneCode, dossier.OldProvinceCode, dossier.OldCommuneCode, dossier.FieldCode, OverdueFrom(d));
            var (sample, count) = _pending.GetValueOrDefault(pendingKey, (dossier, 0));
            _pending[pendingKey] = (sample, count + 1);
        }
    }

    /// <summary>The first window at whose last day the pending dossier is overdue.</summary>
    private Month OverdueFrom(DossierDates d)
    {
        var due = rules.EffectiveDue(d);
        var window = rules.Windows.WindowOf(due);
        return rules.IsOverdueAt(d, rules.Windows.LastDay(window)) ? window : window.AddMonths(1);
    }

    /// <summary>The windows computed and the first counted in today's units; null when no dossier was added.</summary>
    private (Month From, Month To, Month Today)? Bounds() =>
        _first is not { } first || _last is not { } last ? null
        : span is { } s ? (s.First, s.Last, s.FirstInTodaysUnits)
        : (first, last, _oldUnits.Count > 0 ? Month.FromKey(UnitValidity.FirstNewPeriod) : first);

    /// <summary>
    /// Each unit (province, and commune or none) whose whole register the figures are, with the windows they cover for it:
    /// today's units from the first window in today's units, the old units before it.
    /// </summary>
    public IEnumerable<(string Province, string? Commune, Month From, Month To)> Registers()
    {
        if (Bounds() is not { } bounds) yield break;
        var (from, to, today) = bounds;
        foreach (var (province, commune) in _units.Select(u => (u.Province, u.Commune)).Distinct())
            if ((from > today ? from : today) is var start && start <= to) yield return (province, commune, start, to);
        foreach (var (province, commune) in _oldUnits.Select(u => (u.Province, u.Commune)).Distinct())
            if ((to < today ? to : today.AddMonths(-1)) is var end && from <= end) yield return (province, commune, from, end);
    }

    public IReadOnlyList<FigureRow> Result()
    {
        if (Bounds() is not { } bounds) return [];
        var (from, to, today) = bounds;
        var counts = new Dictionary<FactKey, DossierCounts>(_counts);
        foreach (var ((received, _, _, _, _, _, _), (sample, count)) in _pending)
        {
            var start = received.AddMonths(1);
            for (var w = start < from ? from : start; w <= to; w = w.AddMonths(1))
            {
                DossierCounts one = default;
                rules.Count(sample.Dates, w, ref one);
                var key = Key(w, sample);
                counts[key] = Plus(counts.GetValueOrDefault(key), one, count);
            }
        }
        foreach (var unit in _units)
            for (var w = from > today ? from : today; w <= to; w = w.AddMonths(1))
                counts.TryAdd(Key(w, unit), default);
        foreach (var unit in _oldUnits)
            for (var w = from; w <= to && w < today; w = w.AddMonths(1))
                counts.TryAdd(Key(w, unit), default);
        return counts.OrderBy(c => c.Key.Period).ThenBy(c => c.Key.ProvinceCode).ThenBy(c => c.Key.CommuneCode).ThenBy(c => c.Key.FieldCode)
            .Select((c, i) => new FigureRow(i + 1, c.Key, c.Value.ToMeasures())).ToList();
    }

    private static DossierCounts Plus(DossierCounts a, DossierCounts one, int times) => new()
    {
        ReceivedOnline = a.ReceivedOnline + one.ReceivedOnline * times, ReceivedOffline = a.ReceivedOffline + one.ReceivedOffline * times,
        CarriedOver = a.CarriedOver + one.CarriedOver * times, ResolvedEarly = a.ResolvedEarly + one.ResolvedEarly * times,
        ResolvedOnTime = a.ResolvedOnTime + one.ResolvedOnTime * times, ResolvedLate = a.ResolvedLate + one.ResolvedLate * times,
        PendingWithin = a.PendingWithin + one.PendingWithin * times, PendingOverdue = a.PendingOverdue + one.PendingOverdue * times,
    };

    private static FactKey Key(Month window, DossierRow dossier)
    {
        var (province, commune) = dossier.UnitIn(window);
        return new FactKey(window.Key, province, commune, dossier.FieldCode);
    }

    private static FactKey Key(Month window, (string Province, string? Commune, string Field) unit) =>
        new(window.Key, unit.Province, unit.Commune, unit.Field);
}
