using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// The figures of every window a dossier list covers, from its first received date to its latest date (received or
/// finished), for every unit and field in the list: a window in that span without a dossier gets zeros, because the
/// list is the unit's whole register.
/// </summary>
public static class DossierFigures
{
    public static IReadOnlyList<FigureRow> Compute(IReadOnlyList<DossierRow> dossiers, DossierRules rules)
    {
        if (dossiers.Count == 0) return [];
        var firstWindow = rules.Windows.WindowOf(dossiers.Min(d => d.Dates.ReceivedOn));
        var lastWindow = rules.Windows.WindowOf(dossiers.Max(d => d.Dates.FinishedOn is { } f && f > d.Dates.ReceivedOn ? f : d.Dates.ReceivedOn));
        var counts = new Dictionary<FactKey, DossierCounts>();
        foreach (var group in dossiers.GroupBy(d => (d.ProvinceCode, d.CommuneCode, d.FieldCode)))
        {
            for (var w = firstWindow; w <= lastWindow; w = w.AddMonths(1))
                counts[Key(w, group.Key)] = default;
            foreach (var dossier in group)
            {
                foreach (var window in rules.WindowsOf(dossier.Dates, lastWindow))
                {
                    var key = Key(window, group.Key);
                    var c = counts[key];
                    rules.Count(dossier.Dates, window, ref c);
                    counts[key] = c;
                }
            }
        }
        return counts.OrderBy(c => c.Key.Period).ThenBy(c => c.Key.ProvinceCode).ThenBy(c => c.Key.CommuneCode).ThenBy(c => c.Key.FieldCode)
            .Select((c, i) => new FigureRow(i + 1, c.Key, c.Value.ToMeasures())).ToList();
    }

    private static FactKey Key(Month window, (string Province, string? Commune, string Field) unit) =>
        new(window.Key, unit.Province, unit.Commune, unit.Field);
}
