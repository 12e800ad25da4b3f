using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// The figures of every window a dossier list covers, from its first received date to its latest date (received or
/// finished), for every unit and field in the list: a window in that span without a dossier gets zeros, because the
/// list is the unit's whole register. Dossiers are added one at a time, so a list of millions streams through counts
/// that grow with its units and months, not with its rows.
/// </summary>
public sealed class DossierFigures(DossierRules rules)
{
    private readonly Dictionary<FactKey, DossierCounts> _counts = [];
    private readonly HashSet<(string Province, string? Commune, string Field)> _units = [];
    // Pending dossiers count in every window up to the list's last one, known only at the end; after the window they
    // were received in they count alike when they fall overdue in the same window, so one of each kind and a count stand
    // for them all.
    private readonly Dictionary<(FactKey Received, Month OverdueFrom), (DossierDates Sample, int Count)> _pending = [];
    private Month? _first;
    private Month? _last;

    public static IReadOnlyList<FigureRow> Compute(IReadOnlyList<DossierRow> dossiers, DossierRules rules)
    {
        var figures = new DossierFigures(rules);
        foreach (var dossier in dossiers) figures.Add(dossier);
        return figures.Result();
    }

    public void Add(DossierRow dossier)
    {
        var d = dossier.Dates;
        var received = rules.Windows.WindowOf(d.ReceivedOn);
        var latest = d.FinishedOn is { } f && f > d.ReceivedOn ? rules.Windows.WindowOf(f) : received;
        if (_first is null || received < _first) _first = received;
        if (_last is null || latest > _last) _last = latest;
        var unit = (dossier.ProvinceCode, dossier.CommuneCode, dossier.FieldCode);
        _units.Add(unit);
        foreach (var window in rules.WindowsOf(d, latest))
        {
            var key = Key(window, unit);
            var c = _counts.GetValueOrDefault(key);
            rules.Count(d, window, ref c);
            _counts[key] = c;
        }
        if (d.FinishedOn is null)
        {
            var pendingKey = (Key(received, unit), OverdueFrom(d));
            var (sample, count) = _pending.GetValueOrDefault(pendingKey, (d, 0));
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

    public IReadOnlyList<FigureRow> Result()
    {
        if (_first is not { } first || _last is not { } last) return [];
        var counts = new Dictionary<FactKey, DossierCounts>(_counts);
        foreach (var ((received, _), (sample, count)) in _pending)
        {
            for (var w = Month.FromKey(received.Period).AddMonths(1); w <= last; w = w.AddMonths(1))
            {
                DossierCounts one = default;
                rules.Count(sample, w, ref one);
                var key = received with { Period = w.Key };
                counts[key] = Plus(counts.GetValueOrDefault(key), one, count);
            }
        }
        foreach (var unit in _units)
            for (var w = first; w <= last; w = w.AddMonths(1))
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

    private static FactKey Key(Month window, (string Province, string? Commune, string Field) unit) =>
        new(window.Key, unit.Province, unit.Commune, unit.Field);
}
