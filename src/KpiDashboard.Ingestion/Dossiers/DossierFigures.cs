using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// The figures of every window a dossier list covers, from its first received date to its latest date (received or
/// finished), for every unit and field in the list: a window in that span without a dossier gets zeros, because the
/// list is the unit's whole register. A window before July 2025 is counted in the old unit a dossier names, a later
/// one in today's (<see cref="DossierRow.UnitIn"/>), so the zeros too are each window's units'.
/// </summary>
public static class DossierFigures
{
    /// <summary>The windows to compute and the first in today's units.</summary>
    /// <param name="FirstInTodaysUnits">July 2025 once the old units are imported; with no history, the first window.</param>
    public sealed record Span(Month First, Month Last, Month FirstInTodaysUnits);

    public static IReadOnlyList<FigureRow> Compute(IReadOnlyList<DossierRow> dossiers, DossierRules rules) =>
        dossiers.Count == 0 ? [] : Compute(dossiers, rules, SpanOf(dossiers, rules));

    /// <summary>The span of a whole list; its windows are in the old units before July 2025 when any row names one.</summary>
    public static Span SpanOf(IReadOnlyList<DossierRow> dossiers, DossierRules rules)
    {
        var first = rules.Windows.WindowOf(dossiers.Min(d => d.Dates.ReceivedOn));
        var last = rules.Windows.WindowOf(dossiers.Max(d => d.Dates.FinishedOn is { } f && f > d.Dates.ReceivedOn ? f : d.Dates.ReceivedOn));
        return new Span(first, last, dossiers.Any(d => d.OldProvinceCode is not null) ? Month.FromKey(UnitValidity.FirstNewPeriod) : first);
    }

    /// <summary>The figures of the windows of <paramref name="span"/> only (a recompute of some months).</summary>
    public static IReadOnlyList<FigureRow> Compute(IReadOnlyList<DossierRow> dossiers, DossierRules rules, Span span)
    {
        if (dossiers.Count == 0) return [];
        var counts = new Dictionary<FactKey, DossierCounts>();
        foreach (var unit in dossiers.Select(d => (d.ProvinceCode, d.CommuneCode, d.FieldCode)).Distinct())
            for (var w = span.First > span.FirstInTodaysUnits ? span.First : span.FirstInTodaysUnits; w <= span.Last; w = w.AddMonths(1))
                counts[Key(w, unit)] = default;
        foreach (var unit in dossiers.Where(d => d.OldProvinceCode is not null).Select(d => (d.OldProvinceCode!, d.OldCommuneCode, d.FieldCode)).Distinct())
            for (var w = span.First; w <= span.Last && w < span.FirstInTodaysUnits; w = w.AddMonths(1))
                counts[Key(w, unit)] = default;
        foreach (var dossier in dossiers)
        {
            foreach (var window in rules.WindowsOf(dossier.Dates, span.Last))
            {
                if (window < span.First) continue;
                var (province, commune) = dossier.UnitIn(window);
                var key = Key(window, (province, commune, dossier.FieldCode));
                counts.TryGetValue(key, out var c);
                rules.Count(dossier.Dates, window, ref c);
                counts[key] = c;
            }
        }
        return counts.OrderBy(c => c.Key.Period).ThenBy(c => c.Key.ProvinceCode).ThenBy(c => c.Key.CommuneCode).ThenBy(c => c.Key.FieldCode)
            .Select((c, i) => new FigureRow(i + 1, c.Key, c.Value.ToMeasures())).ToList();
    }

    private static FactKey Key(Month window, (string Province, string? Commune, string Field) unit) =>
        new(window.Key, unit.Province, unit.Commune, unit.Field);
}
