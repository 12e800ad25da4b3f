using System.Linq.Expressions;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Summaries;

/// <summary>
/// Checks that the summary table says what the facts say: its rows equal the facts grouped and summed here in .NET,
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

        // Every grain ("" stands for all): per province and field, per province, per field, the nation, per commune.
        var expectedRows = (from byProvince in new[] { true, false }
                            from byField in new[] { true, false }
                            from g in facts.GroupBy(f => (f.Period, Province: byProvince ? f.ProvinceCode : FactSummary.All,
                                Field: byField ? f.FieldCode : FactSummary.All, CommuneLevel: f.CommuneCode != null))
                            select Row(g.Key.Period, g.Key.Province, g.Key.Field, g.Key.CommuneLevel, FactSummary.All, g.ToList()))
            .Concat(facts.Where(f => f.CommuneCode != null).GroupBy(f => (f.Period, f.ProvinceCode, f.CommuneCode))
                .Select(g => Row(g.Key.Period, g.Key.ProvinceCode, FactSummary.All, true, g.Key.CommuneCode!, g.ToList())))
            .Order(StringComparer.Ordinal).ToList();
        var storedRows = (await db.FactSummaries.AsNoTracking().ToListAsync()).Select(Row).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedRows, storedRows);

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

    // A summary row as text, from the table or from its facts: equal texts mean equal rows.
    private static string Row(int period, string province, string field, bool communeLevel, string commune, IReadOnlyList<Fact> facts)
    {
        string Measure(Func<Measures, int?> m)
        {
            var known = facts.Select(f => m(f.Values)).OfType<int>().ToList();
            return Text(known.Count == 0 ? null : known.Sum(v => (long)v), known.Count);
        }
        return $"{period} '{province}' '{field}' {communeLevel} '{commune}' rows {facts.Count} demo {facts.Count(f => f.IsDemo)} " + string.Join(" ",
            Measure(v => v.ReceivedOnline), Measure(v => v.ReceivedOffline), Measure(v => v.CarriedOver), Measure(v => v.ResolvedEarly),
            Measure(v => v.ResolvedOnTime), Measure(v => v.ResolvedLate), Measure(v => v.PendingWithin), Measure(v => v.PendingOverdue),
            Measure(v => v.Received), Measure(v => v.Handled), Measure(v => v.Resolved), Measure(v => v.Pending));
    }

    private static string Text(long? sum, int known) =>
        (sum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null") + "/" + known.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Row(FactSummary s)
    {
        static string Measure(long? sum, int known) => Text(sum, known);
        return $"{s.Period} '{s.ProvinceCode}' '{s.FieldCode}' {s.CommuneLevel} '{s.CommuneCode}' rows {s.Rows} demo {s.DemoRows} " + string.Join(" ",
            Measure(s.ReceivedOnline, s.ReceivedOnlineKnown), Measure(s.ReceivedOffline, s.ReceivedOfflineKnown),
            Measure(s.CarriedOver, s.CarriedOverKnown), Measure(s.ResolvedEarly, s.ResolvedEarlyKnown),
            Measure(s.ResolvedOnTime, s.ResolvedOnTimeKnown), Measure(s.ResolvedLate, s.ResolvedLateKnown),
            Measure(s.PendingWithin, s.PendingWithinKnown), Measure(s.PendingOverdue, s.PendingOverdueKnown),
            Measure(s.Received, s.ReceivedKnown), Measure(s.Handled, s.HandledKnown),
            Measure(s.Resolved, s.ResolvedKnown), Measure(s.Pending, s.PendingKnown));
    }
}
