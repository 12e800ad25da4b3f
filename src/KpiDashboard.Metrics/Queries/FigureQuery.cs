using System.Linq.Expressions;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
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

    /// <summary>
    /// Several periods' figures by level in one statement (a page's tiles: the period, the one before, the same one a year
    /// before; and its level split): per period the figures <see cref="TotalAsync"/> gives, and their provincial agencies'
    /// and communes' parts. Periods that are equal are read once; periods that overlap otherwise are read one by one.
    /// </summary>
    public async Task<IReadOnlyList<LevelFigures>> ByPeriodAndLevelAsync(Scope scope, IReadOnlyList<Period> periods, CancellationToken ct = default)
    {
        var distinct = periods.Distinct().ToList();
        var overlapping = distinct.Any(a => distinct.Any(b => a != b && a.First <= b.Last && b.First <= a.Last));
        if (overlapping && distinct.Count > 1)
        {
            var each = new List<LevelFigures>();
            foreach (var period in periods) each.Add((await ByPeriodAndLevelAsync(scope, [period], ct))[0]);
            return each;
        }
        var from = distinct.Min(p => p.First);
        var old = await PredecessorsAsync(scope, from, ct);
        var key = PeriodIndexAndLevel(distinct);
        var rows = Filter(Rows(scope, KeyMembers.Read(key)), scope, distinct, old);
        var sums = await rows.GroupBy(key).Select(SummedOf<PeriodLevel>.Lambda).ToListAsync(ct);
        return [.. periods.Select(period =>
        {
            var index = distinct.IndexOf(period);
            var agencies = sums.Where(s => s.Key.Index == index && !s.Key.CommuneLevel).ToList();
            var communes = sums.Where(s => s.Key.Index == index && s.Key.CommuneLevel).ToList();
            var all = agencies.Concat(communes).ToList();
            Figures Of(List<GroupSums<PeriodLevel>> parts) => parts.Count == 0 ? Figures.Empty : GroupSums<PeriodLevel>.Add(parts[0].Key, parts).ToFigures();
            return new LevelFigures(period, Of(agencies), Of(communes), Of(all));
        })];
    }

    /// <summary>Which of the periods a row's month is in, and its level: the key of <see cref="ByPeriodAndLevelAsync"/>.</summary>
    public sealed record PeriodLevel(int Index, bool CommuneLevel);

    /// <summary>r => new PeriodLevel(r.Period in periods[0] ? 0 : r.Period in periods[1] ? 1 : ..., r.CommuneLevel), for the database to compute.</summary>
    private static Expression<Func<SummableRow, PeriodLevel>> PeriodIndexAndLevel(IReadOnlyList<Period> periods)
    {
        var row = Expression.Parameter(typeof(SummableRow), "r");
        Expression index = Expression.Constant(periods.Count - 1);
        for (var i = periods.Count - 2; i >= 0; i--)
            index = Expression.Condition(In(row, periods[i]), Expression.Constant(i), index);
        var constructor = typeof(PeriodLevel).GetConstructor([typeof(int), typeof(bool)])!;
        return Expression.Lambda<Func<SummableRow, PeriodLevel>>(
            Expression.New(constructor, index, Expression.Property(row, nameof(SummableRow.CommuneLevel))), row);
    }

    /// <summary>row.Period == month, or between the period's first and last month.</summary>
    private static Expression In(Expression row, Period period)
    {
        var month = Expression.Property(row, nameof(IFactKeys.Period));
        return period.First == period.Last
            ? Expression.Equal(month, Expression.Constant(period.First.Key))
            : Expression.AndAlso(Expression.GreaterThanOrEqual(month, Expression.Constant(period.First.Key)),
                Expression.LessThanOrEqual(month, Expression.Constant(period.Last.Key)));
    }

    /// <summary>
    /// Per province of today: for months before July 2025, once the old units are imported, each old province's
    /// figures count in the province it became part of (exact: every old province went whole into one).
    /// </summary>
    public async Task<IReadOnlyList<Grouped<string>>> ByProvinceAsync(Scope scope, Period period, CancellationToken ct = default)
    {
        if (scope.InOldUnits || !UnitValidity.IsOldPeriod(period.First.Key) || !await AnyLinksAsync(ct))
            return await SumByAsync(scope, period.First, period.Last, f => f.ProvinceCode, ct);
        var first = UnitValidity.FirstNewPeriod;
        var successor = await db.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.ProvinceLevel)
            .ToDictionaryAsync(l => l.OldCode, l => l.NewCode, ct);
        var sums = await SumsAsync(scope, period.First, period.Last, f => new OldOrNew(f.Period < first, f.ProvinceCode), ct);
        return sums.GroupBy(s => s.Key.Old ? successor.GetValueOrDefault(s.Key.Code, s.Key.Code) : s.Key.Code)
            .Select(g => new Grouped<string>(g.Key, GroupSums<string>.Add(g.Key, g).ToFigures())).ToList();
    }

    /// <summary>
    /// Per province of today and month (yyyyMM), for trends per province across the date: each old province's months
    /// count in the province it became part of, as in <see cref="ByProvinceAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<Grouped<(string Province, int Period)>>> ByProvinceAndMonthAsync(Scope scope, Month from, Month to, CancellationToken ct = default)
    {
        var sums = await SumsAsync(scope, from, to, f => new { f.ProvinceCode, f.Period }, ct);
        var successor = scope.InOldUnits || !UnitValidity.IsOldPeriod(from.Key) || !await AnyLinksAsync(ct)
            ? new Dictionary<string, string>()
            : await db.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.ProvinceLevel).ToDictionaryAsync(l => l.OldCode, l => l.NewCode, ct);
        return sums.GroupBy(s => (UnitValidity.IsOldPeriod(s.Key.Period) ? successor.GetValueOrDefault(s.Key.ProvinceCode, s.Key.ProvinceCode) : s.Key.ProvinceCode, s.Key.Period))
            .Select(g => new Grouped<(string, int)>(g.Key, GroupSums<(string, int)>.Add(g.Key, g).ToFigures())).ToList();
    }

    /// <summary>A province code of a month before July 2025 (Old) or after.</summary>
    public sealed record OldOrNew(bool Old, string Code);

    /// <summary>
    /// Whether the figures of a scope over these months are approximate: a commune of today whose predecessors include a
    /// commune that was split (its figures count, whole, in the successor the mapping names first).
    /// </summary>
    public async Task<bool> IsApproximateAsync(Scope scope, Month from, CancellationToken ct = default) =>
        (await PredecessorsAsync(scope, from, ct)).Approximate;

    /// <summary>
    /// The communes of today in a province whose comparable figures over months from <paramref name="from"/> are
    /// approximate (a predecessor was split), as <see cref="IsApproximateAsync"/> says for one commune; empty from July
    /// 2025 on and without history. For tables, maps and ranks of a province's communes in old months.
    /// </summary>
    public async Task<IReadOnlySet<string>> ApproximateCommunesAsync(string provinceCode, Month from, CancellationToken ct = default)
    {
        if (!UnitValidity.IsOldPeriod(from.Key)) return new HashSet<string>();
        var communes = db.Communes.Where(c => c.ProvinceCode == provinceCode).Select(c => c.Code);
        var codes = await db.UnitLinks.AsNoTracking()
            .Where(l => l.Level == UnitLink.CommuneLevel && l.Kind == UnitLink.Part && communes.Contains(l.NewCode))
            .Select(l => l.NewCode).Distinct().ToListAsync(ct);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    private bool? _anyLinks;

    /// <summary>Whether the old units are linked at all (a history import), asked once per scope (a request, a command).</summary>
    private async Task<bool> AnyLinksAsync(CancellationToken ct) => _anyLinks ??= await db.UnitLinks.AnyAsync(ct);

    // A page asks for the same unit's predecessors many times (tiles, trend, tables, charts); within one scope (a request,
    // a command) the links are read once per unit and time.
    private readonly Dictionary<(string?, string?, bool, bool), Predecessors> _predecessors = [];

    /// <summary>The old units whose figures stand for the scope in months before July 2025 (see <see cref="Predecessors"/>).</summary>
    public async Task<Predecessors> PredecessorsAsync(Scope scope, Month from, CancellationToken ct = default)
    {
        var key = (scope.ProvinceCode, scope.CommuneCode, scope.InOldUnits, UnitValidity.IsOldPeriod(from.Key));
        if (_predecessors.TryGetValue(key, out var known)) return known;
        return _predecessors[key] = await FindPredecessorsAsync(scope, from, ct);
    }

    private async Task<Predecessors> FindPredecessorsAsync(Scope scope, Month from, CancellationToken ct)
    {
        if (scope.InOldUnits) return await OldUnitsReadableAsync(ct);
        if (!UnitValidity.IsOldPeriod(from.Key) || (scope.ProvinceCode is null && scope.CommuneCode is null && access.Provinces is null))
            return Predecessors.None;
        var links = db.UnitLinks.AsNoTracking();
        // No links at all: no history imported, old months keep today's codes.
        if (!await AnyLinksAsync(ct)) return Predecessors.None;
        IReadOnlyList<string>? provinces = null, communes = null, allowed = null;
        var approximate = false;
        if (scope.ProvinceCode is { } province)
            provinces = await links.Where(l => l.Level == UnitLink.ProvinceLevel && l.NewCode == province).Select(l => l.OldCode).ToListAsync(ct);
        if (scope.CommuneCode is { } commune)
        {
            var toCommune = await links.Where(l => l.Level == UnitLink.CommuneLevel && l.NewCode == commune).ToListAsync(ct);
            communes = toCommune.Where(l => l.Rank == 1).Select(l => l.OldCode).ToList();
            approximate = toCommune.Any(l => l.Kind == UnitLink.Part);
        }
        if (access.Provinces is { } readable)
        {
            var codes = readable.ToList();
            allowed = await links.Where(l => l.Level == UnitLink.ProvinceLevel && codes.Contains(l.NewCode)).Select(l => l.OldCode).ToListAsync(ct);
        }
        return new Predecessors(provinces, communes, allowed, approximate);
    }

    /// <summary>
    /// An old unit's own figures for a caller limited to some provinces of today: the old provinces that went into them,
    /// whole (Phú Thọ's officer reads Vĩnh Phúc and Hòa Bình of 2024, never Bắc Ninh, which went into Bắc Ninh of today).
    /// </summary>
    private async Task<Predecessors> OldUnitsReadableAsync(CancellationToken ct)
    {
        if (access.Provinces is not { } readable) return Predecessors.None;
        var codes = readable.ToList();
        var allowed = await db.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.ProvinceLevel && codes.Contains(l.NewCode))
            .Select(l => l.OldCode).ToListAsync(ct);
        // No history imported: old months keep today's codes.
        return allowed.Count == 0 ? Predecessors.None : new Predecessors(null, null, allowed, false);
    }

    /// <summary>
    /// Per commune of today (null: the provincial agencies): before July 2025, once the old units are imported, each old
    /// commune's figures count in the successor the mapping names first (approximate where it was split).
    /// </summary>
    public async Task<IReadOnlyList<Grouped<string?>>> ByCommuneAsync(Scope scope, Period period, CancellationToken ct = default)
    {
        if (scope.InOldUnits || !UnitValidity.IsOldPeriod(period.First.Key) || !await AnyLinksAsync(ct))
            return await SumByAsync(scope, period.First, period.Last, f => f.CommuneCode, ct);
        var first = UnitValidity.FirstNewPeriod;
        var sums = await SumsAsync(scope, period.First, period.Last, f => new OldOrNew(f.Period < first, f.CommuneCode ?? ""), ct);
        var oldCodes = sums.Where(s => s.Key.Old && s.Key.Code.Length > 0).Select(s => s.Key.Code).Distinct().ToList();
        var successor = await db.UnitLinks.AsNoTracking()
            .Where(l => l.Level == UnitLink.CommuneLevel && l.Rank == 1 && oldCodes.Contains(l.OldCode))
            .ToDictionaryAsync(l => l.OldCode, l => l.NewCode, ct);
        return sums.GroupBy(s => s.Key.Old && s.Key.Code.Length > 0 ? successor.GetValueOrDefault(s.Key.Code, "?" + s.Key.Code) : s.Key.Code)
            .Select(g => new Grouped<string?>(g.Key.Length == 0 ? null : g.Key, GroupSums<string?>.Add(g.Key.Length == 0 ? null : g.Key, g).ToFigures()))
            .ToList();
    }

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
        Scope scope, Month from, Month to, Expression<Func<SummableRow, TKey>> key, CancellationToken ct = default) =>
        (await SumsAsync(scope, from, to, key, ct)).Select(s => new Grouped<TKey>(s.Key, s.ToFigures())).ToList();

    private async Task<List<GroupSums<TKey>>> SumsAsync<TKey>(
        Scope scope, Month from, Month to, Expression<Func<SummableRow, TKey>> key, CancellationToken ct)
    {
        var old = await PredecessorsAsync(scope, from, ct);
        return await Filter(Rows(scope, KeyMembers.Read(key)), scope, from, to, old)
            .GroupBy(key)
            .Select(SummedOf<TKey>.Lambda)
            .ToListAsync(ct);
    }

    /// <summary>
    /// <see cref="Summed{TKey}"/> built once per key type: every page that misses the cache sums several times, and
    /// building the expression from the catalogue each time was a fifth of a sum's CPU.
    /// </summary>
    private static class SummedOf<TKey>
    {
        public static readonly Expression<Func<IGrouping<TKey, SummableRow>, GroupSums<TKey>>> Lambda = Summed<TKey>();
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
    public IQueryable<Fact> Facts(Scope scope, Month from, Month to, Predecessors? old = null) =>
        Filter(ApprovedOnly ? Approved(db.Facts.AsNoTracking()) : db.Facts.AsNoTracking(), scope, from, to, old ?? Predecessors.None);

    private IQueryable<Fact> Approved(IQueryable<Fact> facts) => facts.Where(f => db.Submissions.Any(s =>
        s.State == SubmissionState.Approved && s.Period == f.Period && s.ProvinceCode == f.ProvinceCode
        && (s.Level == ReportingLevel.Province
            || (s.Level == ReportingLevel.Agency && f.CommuneCode == null)
            || (s.Level == ReportingLevel.Commune && s.UnitCode == f.CommuneCode))));

    /// <summary>
    /// The rows of a scope and months; before July 2025 a unit of today is read as its predecessors (<paramref name="old"/>):
    /// the comparable series, summed from the same pre-aggregated rows.
    /// </summary>
    private IQueryable<T> Filter<T>(IQueryable<T> rows, Scope scope, Month from, Month to, Predecessors old) where T : IFactKeys =>
        // One month as an equality, so that SQLite seeks on the next key column (the province) as well.
        Scoped(from == to ? rows.Where(f => f.Period == from.Key) : rows.Where(f => f.Period >= from.Key && f.Period <= to.Key), scope, old);

    /// <summary>The rows of a scope in any of the periods: each an equality or a range, joined by OR, so that each seeks its index.</summary>
    private IQueryable<T> Filter<T>(IQueryable<T> rows, Scope scope, IReadOnlyList<Period> periods, Predecessors old) where T : IFactKeys
    {
        var row = Expression.Parameter(typeof(T), "f");
        var any = periods.Select(p => In(row, p)).Aggregate(Expression.OrElse);
        return Scoped(rows.Where(Expression.Lambda<Func<T, bool>>(any, row)), scope, old);
    }

    private IQueryable<T> Scoped<T>(IQueryable<T> q, Scope scope, Predecessors old) where T : IFactKeys
    {
        if (scope.ProvinceCode is { } asked && !(scope.InOldUnits && old.Allowed is { } oldReadable ? oldReadable.Contains(asked) : access.CanRead(asked)))
            throw new AccessDeniedException($"Không có quyền xem tỉnh {asked} / no access to province {asked}");
        var first = UnitValidity.FirstNewPeriod;
        // Across the date, two ranges joined by OR rather than a CASE on the period, so that the database seeks each on
        // its index (the province page of 2025-12 with 18 old months: 37 → 61 ms at the median with a CASE, 47 → 53 with OR).
        if (access.Provinces is { } allowed)
            q = old.Allowed is { } allowedOld
                ? q.Where(f => (f.Period >= first && allowed.Contains(f.ProvinceCode)) || (f.Period < first && allowedOld.Contains(f.ProvinceCode)))
                : q.Where(f => allowed.Contains(f.ProvinceCode));
        if (scope.ProvinceCode is { } province)
            q = old.Provinces is { } oldProvinces
                ? q.Where(f => (f.Period >= first && f.ProvinceCode == province) || (f.Period < first && oldProvinces.Contains(f.ProvinceCode)))
                : q.Where(f => f.ProvinceCode == province);
        if (scope.CommuneCode is { } commune)
            q = old.Communes is { } oldCommunes
                ? q.Where(f => (f.Period >= first && f.CommuneCode == commune) || (f.Period < first && oldCommunes.Contains(f.CommuneCode!)))
                : q.Where(f => f.CommuneCode == commune);
        if (scope.FieldCode is { } field) q = q.Where(f => f.FieldCode == field);
        return q;
    }
}
