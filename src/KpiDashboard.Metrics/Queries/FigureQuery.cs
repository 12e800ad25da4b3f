using System.Linq.Expressions;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Queries;

/// <summary>
/// The one query path for figures: sums the facts of a scope and a run of months in the database,
/// optionally grouped, and turns the sums into <see cref="Figures"/>. It reads the pre-summed
/// <see cref="FactSummary"/> rows, and the facts only for a commune's fields.
/// </summary>
public sealed class FigureQuery(KpiDbContext db, AccessScope access)
{
    /// <summary>A query that sees every province, for tools and tests.</summary>
    public FigureQuery(KpiDbContext db) : this(db, AccessScope.All)
    {
    }

    /// <summary>Only figures whose report was approved: a commune's or the agencies' own approval, or the province's as a whole.</summary>
    public bool ApprovedOnly { get; private init; }

    public FigureQuery OnlyApproved() => new(db, access) { ApprovedOnly = true };

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

    /// <summary>
    /// Sums grouped by any key of the row (an anonymous type for several), computed by the database: from the summary
    /// table unless the scope or key needs a commune and a field together, then from the facts. Both give the same sums.
    /// </summary>
    public async Task<IReadOnlyList<Grouped<TKey>>> SumByAsync<TKey>(
        Scope scope, Month from, Month to, Expression<Func<SummableRow, TKey>> key, CancellationToken ct = default)
    {
        var sums = await Filter(Rows(scope, KeyMembers.Read(key)), scope, from, to)
            .GroupBy(key)
            .Select(Summed<TKey>())
            .ToListAsync(ct);
        return sums.Select(s => new Grouped<TKey>(s.Key, s.ToFigures())).ToList();
    }

    /// <summary>
    /// g => new GroupSums { Key = g.Key, Rows = g.Sum(r => r.Rows), ..., Sums = { each measure's sum of sums and of knowns } },
    /// made from the catalogue, for the database to compute.
    /// </summary>
    private static Expression<Func<IGrouping<TKey, SummableRow>, GroupSums<TKey>>> Summed<TKey>()
    {
        Expression<Func<IGrouping<TKey, SummableRow>, GroupSums<TKey>>> keys = g => new GroupSums<TKey>
        {
            Key = g.Key,
            Rows = g.Sum(r => r.Rows),
            DemoRows = g.Sum(r => r.DemoRows),
        };
        var group = keys.Parameters[0];
        Expression Sum(Func<Expression, Expression> member)
        {
            var row = Expression.Parameter(typeof(SummableRow), "r");
            return Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(SummableRow)], group, Expression.Lambda(member(row), row));
        }
        var sums = Expression.MemberInit(Expression.New(typeof(SummedMeasures)), MeasureCatalogue.All.Select(m =>
        {
            Expression Part(Expression row, string part) =>
                Expression.Property(MeasureProperties<SummedMeasures, MeasureSum>.Access(Expression.Property(row, nameof(SummableRow.Sums)), m), part);
            return MeasureProperties<SummedMeasures, MeasureSum>.Bind(m, SummableRow.MeasureSumOf(
                Sum(r => Part(r, nameof(MeasureSum.Sum))), Sum(r => Part(r, nameof(MeasureSum.Known)))));
        }));
        var init = (MemberInitExpression)keys.Body;
        var bindings = init.Bindings.Append(Expression.Bind(typeof(GroupSums<TKey>).GetProperty(nameof(GroupSums<TKey>.Sums))!, sums));
        return Expression.Lambda<Func<IGrouping<TKey, SummableRow>, GroupSums<TKey>>>(init.Update(init.NewExpression, bindings), group);
    }

    /// <summary>
    /// The summaries of the coarsest grain that still has what the scope, the caller's access and the key need (per
    /// province or for the nation, per field or over all fields, per commune over all fields); the facts for a commune
    /// and a field together.
    /// </summary>
    private IQueryable<SummableRow> Rows(Scope scope, IReadOnlySet<string> key)
    {
        var byCommune = scope.CommuneCode is not null || key.Contains(nameof(SummableRow.CommuneCode));
        var byField = scope.FieldCode is not null || key.Contains(nameof(SummableRow.FieldCode));
        // Summaries do not know which reports were approved.
        if (ApprovedOnly) return Approved(db.Facts.AsNoTracking()).Select(SummableRow.FromFact);
        if (byCommune && byField) return db.Facts.AsNoTracking().Select(SummableRow.FromFact);
        var q = db.FactSummaries.AsNoTracking();
        // Each commune, and the provincial agencies as the province's rows of no commune: every fact once.
        if (byCommune)
            return q.Where(s => s.ProvinceCode != FactSummary.All && s.FieldCode == FactSummary.All
                                && (s.CommuneCode != FactSummary.All || !s.CommuneLevel))
                .Select(SummableRow.FromSummary);
        q = q.Where(s => s.CommuneCode == FactSummary.All);
        q = scope.ProvinceCode is not null || access.Provinces is not null || key.Contains(nameof(SummableRow.ProvinceCode))
            ? q.Where(s => s.ProvinceCode != FactSummary.All)
            : q.Where(s => s.ProvinceCode == FactSummary.All);
        q = byField ? q.Where(s => s.FieldCode != FactSummary.All) : q.Where(s => s.FieldCode == FactSummary.All);
        return q.Select(SummableRow.FromSummary);
    }

    /// <summary>The facts of a scope and run of months that the caller may see, for exports and checks.</summary>
    public IQueryable<Fact> Facts(Scope scope, Month from, Month to) =>
        Filter(ApprovedOnly ? Approved(db.Facts.AsNoTracking()) : db.Facts.AsNoTracking(), scope, from, to);

    private IQueryable<Fact> Approved(IQueryable<Fact> facts) => facts.Where(f => db.Submissions.Any(s =>
        s.State == SubmissionState.Approved && s.Period == f.Period && s.ProvinceCode == f.ProvinceCode
        && (s.Level == ReportingLevel.Province
            || (s.Level == ReportingLevel.Agency && f.CommuneCode == null)
            || (s.Level == ReportingLevel.Commune && s.UnitCode == f.CommuneCode))));

    private IQueryable<T> Filter<T>(IQueryable<T> rows, Scope scope, Month from, Month to) where T : IFactKeys
    {
        if (scope.ProvinceCode is { } asked && !access.CanRead(asked))
            throw new AccessDeniedException($"Không có quyền xem tỉnh {asked} / no access to province {asked}");
        // One month as an equality, so that SQLite seeks on the next key column (the province) as well.
        var q = from == to ? rows.Where(f => f.Period == from.Key) : rows.Where(f => f.Period >= from.Key && f.Period <= to.Key);
        if (access.Provinces is { } allowed) q = q.Where(f => allowed.Contains(f.ProvinceCode));
        if (scope.ProvinceCode is { } province) q = q.Where(f => f.ProvinceCode == province);
        if (scope.CommuneCode is { } commune) q = q.Where(f => f.CommuneCode == commune);
        if (scope.FieldCode is { } field) q = q.Where(f => f.FieldCode == field);
        return q;
    }
}
