using System.Linq.Expressions;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Safety;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Summaries;

/// <summary>
/// Checks that the summary table says what the facts say: its rows equal the facts grouped and summed anew (the
/// product's <see cref="SummaryInvariant"/>, which `kpi check` runs),
/// and <see cref="FigureQuery"/> (which reads the summaries but for a commune's fields) gives, for the nation,
/// each province, field, commune and month, the figures summed here from the facts.
/// </summary>
internal static class SummaryCheck
{
    public static async Task AssertMatchesFactsAsync(Func<KpiDbContext> open)
    {
        await using var db = open();
        var facts = await db.Facts.AsNoTracking().ToListAsync();
        Assert.NotEmpty(facts);

        // The rows of the table, checked by the product's own invariant (what `kpi check` runs).
        Assert.Empty(await SummaryInvariant.RunAsync(db, DatabaseCheck.Limit, CancellationToken.None));

        var query = new FigureQuery(db);
        var first = Month.FromKey(facts.Min(f => f.Period));
        var last = Month.FromKey(facts.Max(f => f.Period));
        async Task Check<TKey>(Scope scope, Expression<Func<SummableRow, TKey>> key, Func<Fact, TKey> sameKey)
        {
            var ofScope = facts.Where(f => (scope.ProvinceCode ?? f.ProvinceCode) == f.ProvinceCode
                && (scope.CommuneCode ?? f.CommuneCode) == f.CommuneCode && (scope.FieldCode ?? f.FieldCode) == f.FieldCode);
            var expected = ofScope.GroupBy(sameKey).Select(g => $"{g.Key}: {Expected(g.ToList())}").Order(StringComparer.Ordinal);
            var actual = (await query.SumByAsync(scope, first, last, key)).Select(g => $"{g.Key}: {g.Figures}").Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        }

        await Check(Scope.Nation, r => r.Period, f => f.Period);
        await Check(Scope.Nation, r => r.ProvinceCode, f => f.ProvinceCode);
        await Check(Scope.Nation, r => r.FieldCode, f => f.FieldCode);
        await Check(Scope.Nation, r => new { r.FieldCode, r.CommuneLevel }, f => new { f.FieldCode, CommuneLevel = f.CommuneCode != null });
        await Check(Scope.Nation, r => new { r.Period, r.ProvinceCode, r.FieldCode }, f => new { f.Period, f.ProvinceCode, f.FieldCode });
        foreach (var province in facts.Select(f => f.ProvinceCode).Distinct())
        {
            await Check(new Scope(province), r => r.Period, f => f.Period);
            await Check(new Scope(province), r => r.FieldCode, f => f.FieldCode);
            await Check(new Scope(province), r => new { r.FieldCode, r.CommuneLevel }, f => new { f.FieldCode, CommuneLevel = f.CommuneCode != null });
            await Check(new Scope(province), r => new { r.Period, r.CommuneCode }, f => new { f.Period, f.CommuneCode });
        }
        foreach (var field in facts.Select(f => f.FieldCode).Distinct())
        {
            await Check(new Scope(FieldCode: field), r => r.Period, f => f.Period);
            await Check(new Scope(FieldCode: field), r => r.ProvinceCode, f => f.ProvinceCode);
        }
        foreach (var commune in facts.Select(f => f.CommuneCode).OfType<string>().Distinct())
        {
            await Check(new Scope(CommuneCode: commune), r => r.Period, f => f.Period);
            await Check(new Scope(CommuneCode: commune), r => r.FieldCode, f => f.FieldCode);
        }
        foreach (var month in facts.Select(f => f.Period).Distinct())
            Assert.Equal(Expected(facts.Where(f => f.Period == month).ToList()),
                await query.TotalAsync(Scope.Nation, Period.OfMonth(Month.FromKey(month))));
    }

    /// <summary>The figures of some facts, summed one by one: unknown stays unknown, partly known is a lower bound.</summary>
    public static Figures Expected(IReadOnlyList<Fact> facts)
    {
        Quantity Sum(Func<Measures, int?> measure)
        {
            var known = facts.Select(f => measure(f.Values)).OfType<int>().ToList();
            return Quantity.FromSum(known.Count == 0 ? null : known.Sum(v => (long)v), known.Count, facts.Count);
        }
        return new Figures
        {
            Rows = facts.Count,
            HasDemo = facts.Any(f => f.IsDemo),
            ReceivedOnline = Sum(v => v.ReceivedOnline), ReceivedOffline = Sum(v => v.ReceivedOffline),
            CarriedOver = Sum(v => v.CarriedOver), ResolvedEarly = Sum(v => v.ResolvedEarly),
            ResolvedOnTime = Sum(v => v.ResolvedOnTime), ResolvedLate = Sum(v => v.ResolvedLate),
            PendingWithin = Sum(v => v.PendingWithin), PendingOverdue = Sum(v => v.PendingOverdue),
            Received = Sum(v => v.Received), Handled = Sum(v => v.Handled),
            Resolved = Sum(v => v.Resolved), Pending = Sum(v => v.Pending),
        };
    }
}
