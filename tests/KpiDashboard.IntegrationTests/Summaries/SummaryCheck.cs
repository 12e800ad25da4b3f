using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Summaries;

/// <summary>
/// Checks that the summary table says what the facts say: its rows equal the facts grouped and summed here in .NET,
/// and <see cref="FigureQuery"/> (which reads the summaries for the nation and provinces) gives, for the nation,
/// each province, each field and each month, the figures summed here from the facts.
/// </summary>
internal static class SummaryCheck
{
    public static async Task AssertMatchesFactsAsync(Func<KpiDbContext> open)
    {
        await using var db = open();
        var facts = await db.Facts.AsNoTracking().ToListAsync();
        Assert.NotEmpty(facts);

        // Every grain: per province and field, per province, per field, the nation; "" stands for all.
        var expectedRows = (from byProvince in new[] { true, false }
                            from byField in new[] { true, false }
                            from g in facts.GroupBy(f => (f.Period, Province: byProvince ? f.ProvinceCode : FactSummary.All,
                                Field: byField ? f.FieldCode : FactSummary.All, CommuneLevel: f.CommuneCode != null))
                            select Row(g.Key.Period, g.Key.Province, g.Key.Field, g.Key.CommuneLevel, g.ToList()))
            .Order(StringComparer.Ordinal).ToList();
        var storedRows = (await db.FactSummaries.AsNoTracking().ToListAsync()).Select(Row).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedRows, storedRows);

        var query = new FigureQuery(db);
        var first = Month.FromKey(facts.Min(f => f.Period));
        var last = Month.FromKey(facts.Max(f => f.Period));
        await AssertGroupsAsync(query, Scope.Nation, first, last, r => r.Period, facts, f => f.Period);
        await AssertGroupsAsync(query, Scope.Nation, first, last, r => r.ProvinceCode, facts, f => f.ProvinceCode);
        await AssertGroupsAsync(query, Scope.Nation, first, last, r => r.FieldCode, facts, f => f.FieldCode);
        await AssertGroupsAsync(query, Scope.Nation, first, last, r => new { r.FieldCode, r.CommuneLevel },
            facts, f => new { f.FieldCode, CommuneLevel = f.CommuneCode != null });
        await AssertGroupsAsync(query, Scope.Nation, first, last, r => new { r.Period, r.ProvinceCode, r.FieldCode },
            facts, f => new { f.Period, f.ProvinceCode, f.FieldCode });
        foreach (var province in facts.Select(f => f.ProvinceCode).Distinct())
        {
            var ofProvince = facts.Where(f => f.ProvinceCode == province).ToList();
            await AssertGroupsAsync(query, new Scope(province), first, last, r => r.Period, ofProvince, f => f.Period);
            await AssertGroupsAsync(query, new Scope(province), first, last, r => new { r.FieldCode, r.CommuneLevel },
                ofProvince, f => new { f.FieldCode, CommuneLevel = f.CommuneCode != null });
        }
        foreach (var province in facts.Select(f => f.ProvinceCode).Distinct())
            await AssertGroupsAsync(query, new Scope(province), first, last, r => r.FieldCode,
                facts.Where(f => f.ProvinceCode == province).ToList(), f => f.FieldCode);
        foreach (var field in facts.Select(f => f.FieldCode).Distinct())
            await AssertGroupsAsync(query, new Scope(FieldCode: field), first, last, r => r.Period,
                facts.Where(f => f.FieldCode == field).ToList(), f => f.Period);
        foreach (var field in facts.Select(f => f.FieldCode).Distinct())
            await AssertGroupsAsync(query, new Scope(FieldCode: field), first, last, r => r.ProvinceCode,
                facts.Where(f => f.FieldCode == field).ToList(), f => f.ProvinceCode);
        foreach (var month in facts.Select(f => f.Period).Distinct())
            Assert.Equal(Expected(facts.Where(f => f.Period == month).ToList()),
                await query.TotalAsync(Scope.Nation, Period.OfMonth(Month.FromKey(month))));
    }

    private static async Task AssertGroupsAsync<TKey>(FigureQuery query, Scope scope, Month first, Month last,
        System.Linq.Expressions.Expression<Func<SummableRow, TKey>> key, IReadOnlyList<Fact> facts, Func<Fact, TKey> sameKey)
        where TKey : notnull
    {
        var expected = facts.GroupBy(sameKey).ToDictionary(g => g.Key, g => Expected(g.ToList()));
        var actual = (await query.SumByAsync(scope, first, last, key)).ToDictionary(g => g.Key, g => g.Figures);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (k, figures) in expected) Assert.Equal(figures, actual[k]);
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

    // A summary row as text, from the table or from its facts: equal texts mean equal rows.
    private static string Row(int period, string province, string field, bool communeLevel, IReadOnlyList<Fact> facts)
    {
        string Measure(Func<Measures, int?> m)
        {
            var known = facts.Select(f => m(f.Values)).OfType<int>().ToList();
            return Text(known.Count == 0 ? null : known.Sum(v => (long)v), known.Count);
        }
        return $"{period} {province} {field} {communeLevel} rows {facts.Count} demo {facts.Count(f => f.IsDemo)} " + string.Join(" ",
            Measure(v => v.ReceivedOnline), Measure(v => v.ReceivedOffline), Measure(v => v.CarriedOver), Measure(v => v.ResolvedEarly),
            Measure(v => v.ResolvedOnTime), Measure(v => v.ResolvedLate), Measure(v => v.PendingWithin), Measure(v => v.PendingOverdue),
            Measure(v => v.Received), Measure(v => v.Handled), Measure(v => v.Resolved), Measure(v => v.Pending));
    }

    private static string Text(long? sum, int known) =>
        (sum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null") + "/" + known.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Row(FactSummary s)
    {
        static string Measure(long? sum, int known) => Text(sum, known);
        return $"{s.Period} {s.ProvinceCode} {s.FieldCode} {s.CommuneLevel} rows {s.Rows} demo {s.DemoRows} " + string.Join(" ",
            Measure(s.ReceivedOnline, s.ReceivedOnlineKnown), Measure(s.ReceivedOffline, s.ReceivedOfflineKnown),
            Measure(s.CarriedOver, s.CarriedOverKnown), Measure(s.ResolvedEarly, s.ResolvedEarlyKnown),
            Measure(s.ResolvedOnTime, s.ResolvedOnTimeKnown), Measure(s.ResolvedLate, s.ResolvedLateKnown),
            Measure(s.PendingWithin, s.PendingWithinKnown), Measure(s.PendingOverdue, s.PendingOverdueKnown),
            Measure(s.Received, s.ReceivedKnown), Measure(s.Handled, s.HandledKnown),
            Measure(s.Resolved, s.ResolvedKnown), Measure(s.Pending, s.PendingKnown));
    }
}
