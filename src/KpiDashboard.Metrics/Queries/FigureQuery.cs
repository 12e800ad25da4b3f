using System.Linq.Expressions;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Queries;

/// <summary>
/// The one query path for figures: sums the facts of a scope and a run of months in the database,
/// optionally grouped, and turns the sums into <see cref="Figures"/>.
/// </summary>
public sealed class FigureQuery(KpiDbContext db, AccessScope access)
{
    /// <summary>A query that sees every province, for tools and tests.</summary>
    public FigureQuery(KpiDbContext db) : this(db, AccessScope.All)
    {
    }

    public async Task<Figures> TotalAsync(Scope scope, Period period, CancellationToken ct = default)
    {
        var groups = await SumByAsync(scope, period.First, period.Last, f => true, ct);
        return groups.Count == 0 ? Figures.Empty : groups[0].Figures;
    }

    public Task<IReadOnlyList<Grouped<string>>> ByProvinceAsync(Scope scope, Period period, CancellationToken ct = default) =>
        SumByAsync(scope, period.First, period.Last, f => f.ProvinceCode, ct);

    public Task<IReadOnlyList<Grouped<string?>>> ByCommuneAsync(Scope scope, Period period, CancellationToken ct = default) =>
        SumByAsync(scope, period.First, period.Last, f => f.CommuneCode, ct);

    public Task<IReadOnlyList<Grouped<string>>> ByFieldAsync(Scope scope, Period period, CancellationToken ct = default) =>
        SumByAsync(scope, period.First, period.Last, f => f.FieldCode, ct);

    /// <summary>Monthly figures from <paramref name="from"/> to <paramref name="to"/>, keyed by yyyyMM.</summary>
    public Task<IReadOnlyList<Grouped<int>>> ByMonthAsync(Scope scope, Month from, Month to, CancellationToken ct = default) =>
        SumByAsync(scope, from, to, f => f.Period, ct);

    /// <summary>Sums grouped by any key of the fact (an anonymous type for several), computed by the database.</summary>
    public async Task<IReadOnlyList<Grouped<TKey>>> SumByAsync<TKey>(
        Scope scope, Month from, Month to, Expression<Func<Fact, TKey>> key, CancellationToken ct = default)
    {
        var sums = await Filter(scope, from, to)
            .GroupBy(key)
            .Select(g => new MeasureSums<TKey>
            {
                Key = g.Key,
                Rows = g.Count(),
                DemoRows = g.Count(f => f.IsDemo),
                ReceivedOnline = g.Sum(f => (long?)f.Values.ReceivedOnline),
                ReceivedOnlineKnown = g.Count(f => f.Values.ReceivedOnline != null),
                ReceivedOffline = g.Sum(f => (long?)f.Values.ReceivedOffline),
                ReceivedOfflineKnown = g.Count(f => f.Values.ReceivedOffline != null),
                CarriedOver = g.Sum(f => (long?)f.Values.CarriedOver),
                CarriedOverKnown = g.Count(f => f.Values.CarriedOver != null),
                ResolvedEarly = g.Sum(f => (long?)f.Values.ResolvedEarly),
                ResolvedEarlyKnown = g.Count(f => f.Values.ResolvedEarly != null),
                ResolvedOnTime = g.Sum(f => (long?)f.Values.ResolvedOnTime),
                ResolvedOnTimeKnown = g.Count(f => f.Values.ResolvedOnTime != null),
                ResolvedLate = g.Sum(f => (long?)f.Values.ResolvedLate),
                ResolvedLateKnown = g.Count(f => f.Values.ResolvedLate != null),
                PendingWithin = g.Sum(f => (long?)f.Values.PendingWithin),
                PendingWithinKnown = g.Count(f => f.Values.PendingWithin != null),
                PendingOverdue = g.Sum(f => (long?)f.Values.PendingOverdue),
                PendingOverdueKnown = g.Count(f => f.Values.PendingOverdue != null),
                Received = g.Sum(f => (long?)f.Values.Received),
                ReceivedKnown = g.Count(f => f.Values.Received != null),
                Handled = g.Sum(f => (long?)f.Values.Handled),
                HandledKnown = g.Count(f => f.Values.Handled != null),
                Resolved = g.Sum(f => (long?)f.Values.Resolved),
                ResolvedKnown = g.Count(f => f.Values.Resolved != null),
                Pending = g.Sum(f => (long?)f.Values.Pending),
                PendingKnown = g.Count(f => f.Values.Pending != null),
            })
            .ToListAsync(ct);
        return sums.Select(s => new Grouped<TKey>(s.Key, ToFigures(s))).ToList();
    }

    /// <summary>The facts of a scope and run of months that the caller may see, for exports and checks.</summary>
    public IQueryable<Fact> Facts(Scope scope, Month from, Month to) => Filter(scope, from, to);

    private IQueryable<Fact> Filter(Scope scope, Month from, Month to)
    {
        if (scope.ProvinceCode is { } asked && !access.CanRead(asked))
            throw new AccessDeniedException($"Không có quyền xem tỉnh {asked} / no access to province {asked}");
        var q = db.Facts.AsNoTracking().Where(f => f.Period >= from.Key && f.Period <= to.Key);
        if (access.Provinces is { } allowed) q = q.Where(f => allowed.Contains(f.ProvinceCode));
        if (scope.ProvinceCode is { } province) q = q.Where(f => f.ProvinceCode == province);
        if (scope.CommuneCode is { } commune) q = q.Where(f => f.CommuneCode == commune);
        if (scope.FieldCode is { } field) q = q.Where(f => f.FieldCode == field);
        return q;
    }

    private static Figures ToFigures<TKey>(MeasureSums<TKey> s) => new()
    {
        Rows = s.Rows,
        HasDemo = s.DemoRows > 0,
        ReceivedOnline = Quantity.FromSum(s.ReceivedOnline, s.ReceivedOnlineKnown, s.Rows),
        ReceivedOffline = Quantity.FromSum(s.ReceivedOffline, s.ReceivedOfflineKnown, s.Rows),
        CarriedOver = Quantity.FromSum(s.CarriedOver, s.CarriedOverKnown, s.Rows),
        ResolvedEarly = Quantity.FromSum(s.ResolvedEarly, s.ResolvedEarlyKnown, s.Rows),
        ResolvedOnTime = Quantity.FromSum(s.ResolvedOnTime, s.ResolvedOnTimeKnown, s.Rows),
        ResolvedLate = Quantity.FromSum(s.ResolvedLate, s.ResolvedLateKnown, s.Rows),
        PendingWithin = Quantity.FromSum(s.PendingWithin, s.PendingWithinKnown, s.Rows),
        PendingOverdue = Quantity.FromSum(s.PendingOverdue, s.PendingOverdueKnown, s.Rows),
        Received = Quantity.FromSum(s.Received, s.ReceivedKnown, s.Rows),
        Handled = Quantity.FromSum(s.Handled, s.HandledKnown, s.Rows),
        Resolved = Quantity.FromSum(s.Resolved, s.ResolvedKnown, s.Rows),
        Pending = Quantity.FromSum(s.Pending, s.PendingKnown, s.Rows),
    };
}
