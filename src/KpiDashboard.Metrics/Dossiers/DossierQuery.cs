using System.Linq.Expressions;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>
/// The dossier pages' figures, grouped in SQL: a province holds millions of dossiers, so no query loads them one by one.
/// Each query groups by the dates the rules need (due date, supplement days, end date), which are few per group, and
/// <see cref="DossierRules"/> classifies the groups; the overdue list filters in SQL on the last due date still overdue
/// for each number of supplement days, so it pages in SQL too.
/// </summary>
public sealed class DossierQuery(KpiDbContext db, Microsoft.Extensions.Options.IOptions<DossierRuleOptions>? options = null, IReportingWindows? windows = null)
{
    private WorkingCalendar? _calendar;

    public async Task<WorkingCalendar> CalendarAsync(CancellationToken ct) => _calendar ??= await CalendarStore.LoadAsync(db, ct);

    private async Task<DossierRules> RulesAsync(CancellationToken ct) => new(await CalendarAsync(ct), windows, options?.Value);

    /// <summary>The days of a month's reporting window (Reporting:Window).</summary>
    public async Task<(DateOnly First, DateOnly Last)> WindowAsync(Month month, CancellationToken ct)
    {
        var rules = await RulesAsync(ct);
        return (rules.Windows.FirstDay(month), rules.Windows.LastDay(month));
    }

    public Task<bool> AnyAsync(DossierUnit unit, CancellationToken ct) => unit.Filter(db.Dossiers).AnyAsync(ct);

    /// <summary>The dossiers a query groups by, keyed by what the page groups on.</summary>
    public sealed class Keyed
    {
        public string Key { get; init; } = "";
        public DateOnly ReceivedOn { get; init; }
        public DateOnly DueOn { get; init; }
        public int SupplementRequests { get; init; }
        public int SupplementDays { get; init; }
        public DateOnly? FinishedOn { get; init; }
        public DossierOutcome? Outcome { get; init; }
    }

    public static readonly Expression<Func<Dossier, Keyed>> ByProcedure = d => new Keyed
    {
        Key = d.ProcedureCode, ReceivedOn = d.ReceivedOn, DueOn = d.DueOn, SupplementRequests = d.SupplementRequests,
        SupplementDays = d.SupplementDays, FinishedOn = d.FinishedOn, Outcome = d.Outcome,
    };

    public static readonly Expression<Func<Dossier, Keyed>> ByField = d => new Keyed
    {
        Key = d.FieldCode, ReceivedOn = d.ReceivedOn, DueOn = d.DueOn, SupplementRequests = d.SupplementRequests,
        SupplementDays = d.SupplementDays, FinishedOn = d.FinishedOn, Outcome = d.Outcome,
    };

    public static readonly Expression<Func<Dossier, Keyed>> ByProvince = d => new Keyed
    {
        Key = d.ProvinceCode, ReceivedOn = d.ReceivedOn, DueOn = d.DueOn, SupplementRequests = d.SupplementRequests,
        SupplementDays = d.SupplementDays, FinishedOn = d.FinishedOn, Outcome = d.Outcome,
    };

    /// <summary>The provincial agencies are the empty key.</summary>
    public static readonly Expression<Func<Dossier, Keyed>> ByCommune = d => new Keyed
    {
        Key = d.CommuneCode ?? "", ReceivedOn = d.ReceivedOn, DueOn = d.DueOn, SupplementRequests = d.SupplementRequests,
        SupplementDays = d.SupplementDays, FinishedOn = d.FinishedOn, Outcome = d.Outcome,
    };

    /// <summary>The counts of every group of <paramref name="dossiers"/> in the window <paramref name="month"/>.</summary>
    public async Task<IReadOnlyList<DossierGroupCounts>> CountAsync(IQueryable<Dossier> dossiers, Expression<Func<Dossier, Keyed>> key, Month month, CancellationToken ct)
    {
        var rules = await RulesAsync(ct);
        var (first, last) = (rules.Windows.FirstDay(month), rules.Windows.LastDay(month));
        var keyed = dossiers.Select(key);
        var groups = new Dictionary<string, DossierGroupCounts>(StringComparer.Ordinal);
        DossierGroupCounts Group(string k) => groups.TryGetValue(k, out var g) ? g : groups[k] = new DossierGroupCounts(k);

        foreach (var g in await keyed.Where(d => d.ReceivedOn >= first && d.ReceivedOn <= last)
                     .GroupBy(d => d.Key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            Group(g.Key).Received += g.Count;

        var resolved = await keyed.Where(d => d.FinishedOn >= first && d.FinishedOn <= last)
            .GroupBy(d => new { d.Key, d.DueOn, d.SupplementDays, d.SupplementRequests, d.FinishedOn, d.Outcome })
            .Select(g => new { g.Key.Key, g.Key.DueOn, g.Key.SupplementDays, g.Key.SupplementRequests, g.Key.FinishedOn, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var g in resolved)
        {
            var group = Group(g.Key);
            switch (rules.Classify(new DossierDates(false, first, g.DueOn, g.SupplementRequests, g.SupplementDays, g.FinishedOn, g.Outcome)))
            {
                case Timeliness.Early: group.Early += g.Count; break;
                case Timeliness.OnTime: group.OnTime += g.Count; break;
                default: group.Late += g.Count; break;
            }
        }

        foreach (var g in await keyed.Where(d => d.ReceivedOn <= last && (d.FinishedOn == null || d.FinishedOn > last))
                     .GroupBy(d => new { d.Key, d.DueOn, d.SupplementDays })
                     .Select(g => new { g.Key.Key, g.Key.DueOn, g.Key.SupplementDays, Count = g.Count() }).ToListAsync(ct))
        {
            var group = Group(g.Key);
            if (rules.IsOverdueAt(new DossierDates(false, first, g.DueOn, 0, g.SupplementDays, null, null), last)) group.Overdue += g.Count;
            else group.PendingWithin += g.Count;
        }

        // Indicator 2.2: Σ(ordinal(finished) − ordinal(received) − supplement days), taken per day so SQL returns a row a day.
        var handled = keyed.Where(d => d.FinishedOn >= first && d.FinishedOn <= last
            && (d.Outcome == DossierOutcome.Resolved || d.Outcome == DossierOutcome.Refused));
        var ends = await handled.GroupBy(d => new { d.Key, d.FinishedOn })
            .Select(g => new { g.Key.Key, g.Key.FinishedOn, Count = g.Count(), Supplement = g.Sum(d => d.SupplementDays) }).ToListAsync(ct);
        var starts = await handled.GroupBy(d => new { d.Key, d.ReceivedOn })
            .Select(g => new { g.Key.Key, g.Key.ReceivedOn, Count = g.Count() }).ToListAsync(ct);
        if (starts.Count > 0)
        {
            var ordinal = Ordinals(await CalendarAsync(ct), starts.Min(s => s.ReceivedOn), last);
            foreach (var e in ends)
            {
                var group = Group(e.Key);
                group.HandlingDaysSum += (long)e.Count * ordinal(e.FinishedOn!.Value) - e.Supplement;
                group.HandlingCount += e.Count;
            }
            foreach (var s in starts) Group(s.Key).HandlingDaysSum -= (long)s.Count * ordinal(s.ReceivedOn);
        }
        return [.. groups.Values];
    }

    /// <summary>The number of working days after <paramref name="from"/> up to each day until <paramref name="to"/>.</summary>
    private static Func<DateOnly, int> Ordinals(WorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        var counts = new int[to.DayNumber - from.DayNumber + 1];
        for (var i = 1; i < counts.Length; i++)
            counts[i] = counts[i - 1] + (calendar.IsWorkingDay(from.AddDays(i)) ? 1 : 0);
        return day => counts[day.DayNumber - from.DayNumber];
    }

    /// <summary>One overdue dossier at the window's end: its due date with supplement days deducted, and working days over it.</summary>
    public sealed record OverdueDossier(string Code, string ProcedureCode, string? ProcedureName, string FieldCode, string? CommuneCode,
        DateOnly ReceivedOn, DateOnly DueOn, int WorkingDaysOver);

    public static IReadOnlyList<string> OverdueSortKeys { get; } = ["due", "code", "procedure", "field", "received"];

    /// <summary>Those of <paramref name="dossiers"/> still pending and over their due date at the end of <paramref name="month"/>, sorted and paged in SQL.</summary>
    public async Task<(int Total, IReadOnlyList<OverdueDossier> Rows)> OverdueAsync(IQueryable<Dossier> dossiers, Month month, string sort, bool descending,
        int skip, int take, CancellationToken ct)
    {
        var rules = await RulesAsync(ct);
        var calendar = await CalendarAsync(ct);
        var last = rules.Windows.LastDay(month);
        var pending = dossiers.Where(d => d.ReceivedOn <= last && (d.FinishedOn == null || d.FinishedOn > last));
        var bounds = await pending.GroupBy(d => 1).Select(g => new { Earliest = g.Min(d => d.DueOn), Most = g.Max(d => d.SupplementDays) }).FirstOrDefaultAsync(ct);
        if (bounds is null) return (0, []);
        var latest = LatestOverdueDue(calendar, last, bounds.Earliest, bounds.Most);
        var count = latest.Length;
        // One parameter indexed by the supplement days, so the SQL is the same size however many distinct values occur.
        var overdue = pending.Where(d => d.SupplementDays >= 0 && d.SupplementDays < count && d.DueOn <= latest[d.SupplementDays]);
        var total = await overdue.CountAsync(ct);
        IOrderedQueryable<Dossier> ordered = sort switch
        {
            "code" => descending ? overdue.OrderByDescending(d => d.Code) : overdue.OrderBy(d => d.Code),
            "procedure" => descending ? overdue.OrderByDescending(d => d.ProcedureCode) : overdue.OrderBy(d => d.ProcedureCode),
            "field" => descending ? overdue.OrderByDescending(d => d.FieldCode) : overdue.OrderBy(d => d.FieldCode),
            "received" => descending ? overdue.OrderByDescending(d => d.ReceivedOn) : overdue.OrderBy(d => d.ReceivedOn),
            _ => descending ? overdue.OrderByDescending(d => d.DueOn).ThenByDescending(d => d.SupplementDays) : overdue.OrderBy(d => d.DueOn).ThenBy(d => d.SupplementDays),
        };
        var rows = await ordered.ThenBy(d => d.UnitCode).ThenBy(d => d.Code).Skip(skip).Take(take)
            .Select(d => new { d.Code, d.ProcedureCode, d.ProcedureName, d.FieldCode, d.CommuneCode, d.ReceivedOn, d.DueOn, d.SupplementDays })
            .ToListAsync(ct);
        return (total, [.. rows.Select(r =>
        {
            var due = calendar.AddWorkingDays(r.DueOn, r.SupplementDays);
            return new OverdueDossier(r.Code, r.ProcedureCode, r.ProcedureName, r.FieldCode, r.CommuneCode, r.ReceivedOn, due, calendar.WorkingDaysBetween(due, last));
        })]);
    }

    /// <summary>
    /// Overdue on <paramref name="last"/> means last &gt; due + s working days; that date grows with the due date, so for
    /// each s there is a latest due date still overdue: the day before the s-th working day before <paramref name="last"/>
    /// (s = 0: the day before <paramref name="last"/>). One walk back gives them all, for s up to <paramref name="most"/>;
    /// it stops at <paramref name="earliest"/>, the earliest pending due date, since no dossier is due before it.
    /// </summary>
    internal static DateOnly[] LatestOverdueDue(IWorkingDays calendar, DateOnly last, DateOnly earliest, int most)
    {
        var latest = new List<DateOnly> { last.AddDays(-1) };
        for (var day = last.AddDays(-1); latest.Count <= most && day > earliest; day = day.AddDays(-1))
            if (calendar.IsWorkingDay(day)) latest.Add(day.AddDays(-1));
        return [.. latest];
    }

    /// <summary>The dossiers of a procedure (by code).</summary>
    public IQueryable<Dossier> OfProcedure(string procedureCode) => db.Dossiers.Where(d => d.ProcedureCode == procedureCode);

    public IQueryable<Dossier> Of(DossierUnit unit) => unit.Filter(db.Dossiers);

    /// <summary>
    /// Those of <paramref name="dossiers"/> whose unit's report for <paramref name="month"/> is approved, as
    /// FigureQuery.OnlyApproved reads the facts: the province's approval covers all its units, the agencies' their own
    /// dossiers, a commune's its own. The unit is the one the dossier counts in for that window: before July 2025 the old
    /// unit it was handled in, if it names one.
    /// </summary>
    public IQueryable<Dossier> Approved(IQueryable<Dossier> dossiers, Month month)
    {
        var period = month.Key;
        var approved = db.Submissions.Where(s => s.State == SubmissionState.Approved && s.Period == period);
        if (UnitValidity.IsOldPeriod(period))
            return dossiers.Where(d => approved.Any(s => s.ProvinceCode == (d.OldProvinceCode ?? d.ProvinceCode)
                && (s.Level == ReportingLevel.Province
                    || (s.Level == ReportingLevel.Agency && (d.OldProvinceCode != null ? d.OldCommuneCode : d.CommuneCode) == null)
                    || (s.Level == ReportingLevel.Commune && s.UnitCode == (d.OldProvinceCode != null ? d.OldCommuneCode : d.CommuneCode)))));
        return dossiers.Where(d => approved.Any(s => s.ProvinceCode == d.ProvinceCode
            && (s.Level == ReportingLevel.Province
                || (s.Level == ReportingLevel.Agency && d.CommuneCode == null)
                || (s.Level == ReportingLevel.Commune && s.UnitCode == d.CommuneCode))));
    }

    /// <summary>
    /// A procedure's name as the lists of <paramref name="dossiers"/> give it, when one does: only the dossiers whose
    /// counts the page shows, so that one province's list never names a procedure on another's page.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ProcedureNamesAsync(IQueryable<Dossier> dossiers, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        if (codes.Count == 0) return new Dictionary<string, string>();
        var list = codes.ToList();
        var names = await dossiers.Where(d => list.Contains(d.ProcedureCode) && d.ProcedureName != null)
            .GroupBy(d => d.ProcedureCode).Select(g => new { g.Key, Name = g.Max(d => d.ProcedureName) }).ToListAsync(ct);
        return names.ToDictionary(n => n.Key, n => n.Name!, StringComparer.Ordinal);
    }
}
