using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>Puts each reported figure beside the structured figure for the same unit, month, field and measure.</summary>
public sealed class Reconciliation(KpiDbContext db, FigureQuery figures)
{
    public async Task<IReadOnlyList<ReconciliationRow>> RunAsync(string? provinceCode, Month? month, CancellationToken ct)
    {
        var query = db.ReportedFigures.AsNoTracking().Where(f => !f.Discarded);
        if (provinceCode is not null) query = query.Where(f => f.ProvinceCode == provinceCode);
        if (month is { } m) query = query.Where(f => f.Period == m.Key);
        var reported = await query.OrderBy(f => f.SourceId).ThenBy(f => f.Start).ToListAsync(ct);
        var rows = new List<ReconciliationRow>();
        // A text states several measures of one unit and month: their structured figures are one query.
        var totals = new Dictionary<(string, string?, string?, int), Metrics.Kpis.Figures>();
        foreach (var r in reported)
        {
            if (r.ProvinceCode is null || r.Period is not { } key)
            {
                rows.Add(new ReconciliationRow(r, "not_comparable", null, null));
                continue;
            }
            var at = (r.ProvinceCode, r.CommuneCode, r.FieldCode, key);
            if (!totals.TryGetValue(at, out var total))
                totals[at] = total = await figures.TotalAsync(new Scope(r.ProvinceCode, r.CommuneCode, r.FieldCode), Period.OfMonth(Month.FromKey(key)), ct);
            rows.Add(Compare(r, total));
        }
        return rows;
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
