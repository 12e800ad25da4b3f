using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// Puts each reported figure beside the structured figure for the same unit, level, month, field and measure: a figure
/// the text gives for the provincial agencies beside the facts of no commune, one for the communes beside the communes'
/// facts, one for the whole unit beside all its facts.
/// </summary>
public sealed class Reconciliation(KpiDbContext db, FigureQuery figures)
{
    public Task<IReadOnlyList<ReconciliationRow>> RunAsync(string? provinceCode, Month? month, CancellationToken ct) =>
        RunAsync(provinceCode, month, null, ct);

    /// <param name="readable">The provinces whose figures to take (null: every one, and figures of no province): the
    /// structured side of another province's figure is refused to a caller who may not read it.</param>
    public async Task<IReadOnlyList<ReconciliationRow>> RunAsync(string? provinceCode, Month? month, IReadOnlySet<string>? readable, CancellationToken ct)
    {
        var query = db.ReportedFigures.AsNoTracking().Where(f => !f.Discarded);
        if (provinceCode is not null) query = query.Where(f => f.ProvinceCode == provinceCode);
        if (readable is not null)
        {
            var codes = readable.ToList();
            query = query.Where(f => f.ProvinceCode != null && codes.Contains(f.ProvinceCode));
        }
        if (month is { } m) query = query.Where(f => f.Period == m.Key);
        var reported = await query.OrderBy(f => f.SourceId).ThenBy(f => f.Start).ToListAsync(ct);
        var rows = new List<ReconciliationRow>();
        // A text states several measures of one unit and month: their structured figures are one pair of queries.
        var structured = new Dictionary<(string, string?, string?, int), StructuredLevels>();
        foreach (var r in reported)
        {
            // Since July 2025 there are no districts: a district's figures, or several levels together, match no facts.
            if (r.ProvinceCode is null || r.Period is not { } key || r.Level is not (null or ProvinceLevel or CommuneLevel))
            {
                rows.Add(new ReconciliationRow(r, "not_comparable", null, null));
                continue;
            }
            var at = (r.ProvinceCode, r.CommuneCode, r.FieldCode, key);
            if (!structured.TryGetValue(at, out var levels))
                structured[at] = levels = await LevelsAsync(new Scope(r.ProvinceCode, r.CommuneCode, r.FieldCode), Month.FromKey(key), ct);
            // A commune's own figures are all at the commune level.
            var figures = r.CommuneCode is not null ? levels.Whole : r.Level switch
            {
                ProvinceLevel => levels.Agencies,
                CommuneLevel => levels.Communes,
                _ => levels.Whole,
            };
            rows.Add(Compare(r, figures));
        }
        return rows;
    }

    /// <summary>The level of <see cref="Metrics.Entities.ReportedFigure.Level"/> whose figures are the provincial agencies' (facts of no commune).</summary>
    public const string ProvinceLevel = "province";

    /// <summary>The level whose figures are the communes' together.</summary>
    public const string CommuneLevel = "commune";

    private sealed record StructuredLevels(Metrics.Kpis.Figures Whole, Metrics.Kpis.Figures Agencies, Metrics.Kpis.Figures Communes);

    private async Task<StructuredLevels> LevelsAsync(Scope scope, Month month, CancellationToken ct)
    {
        var byLevel = (await figures.SumByAsync(scope, month, month, r => r.CommuneLevel, ct)).ToDictionary(g => g.Key, g => g.Figures);
        return new StructuredLevels(await figures.TotalAsync(scope, Period.OfMonth(month), ct),
            byLevel.GetValueOrDefault(false) ?? Metrics.Kpis.Figures.Empty, byLevel.GetValueOrDefault(true) ?? Metrics.Kpis.Figures.Empty);
    }

    private static ReconciliationRow Compare(Metrics.Entities.ReportedFigure r, Metrics.Kpis.Figures f)
    {
        if (r.Measure == "on_time_rate_percent")
        {
            if (f.OnTimeRate.Value is not { } rate) return new ReconciliationRow(r, "no_data", null, null);
            var percent = Math.Round((decimal)rate * 100, 1);
            // A percentage is written to one decimal: equal at that precision is a match.
            var status = !f.OnTimeRate.Complete ? "incomplete" : Math.Abs(percent - r.Value) < 0.05m ? "match" : "mismatch";
            return new ReconciliationRow(r, status, percent, r.Value - percent);
        }
        Quantity? q = r.Measure == "early_or_on_time" ? f.ResolvedEarly + f.ResolvedOnTime : MeasureCatalogue.Find(r.Measure)?.Of(f);
        if (f.Rows == 0 || q is not { Value: { } value } quantity) return new ReconciliationRow(r, "no_data", null, null);
        var difference = r.Value - value;
        var outcome = difference == 0 ? "match" : !quantity.Complete ? "incomplete" : "mismatch";
        return new ReconciliationRow(r, outcome, value, difference);
    }
}
