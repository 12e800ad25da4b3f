using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Reporting.Email;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Reminders;

/// <summary>
/// Which reminders are owed: before a deadline, one per unit that has not sent its report (not started, draft, returned)
/// to each account answering for that unit (a commune's commune officers; a province's province officers for the province
/// and its agencies); after it, one list of the units still missing to each approver (a province's officers for its
/// communes and agencies, Admins for the provinces).
/// </summary>
public sealed class ReminderPlanner(KpiDbContext db, ReportingCalendar calendar, TimeProvider time)
{
    /// <summary>A pass missed on the first working day after a deadline (the app down) is made up this many working days later at most.</summary>
    public const int LateListCatchUpWorkingDays = 2;

    private static readonly SubmissionState[] Missing = [SubmissionState.NotStarted, SubmissionState.Draft, SubmissionState.Returned];

    /// <summary>
    /// The scheduled pass of a Vietnamese day: on a working day from each level's reminder day to its deadline, the
    /// reminders; from the first working day after the deadline (and a little later, should that day's pass be missed),
    /// the late lists. Nothing on a day off.
    /// </summary>
    public IReadOnlyList<ReminderDue> DueOn(DateOnly today)
    {
        if (!calendar.IsWorkingDay(today)) return [];
        var month = Month.Of(today);
        var due = new List<ReminderDue>();
        // Deadlines fall in the month itself (Decree 09) or early in the next (calendar months).
        foreach (var m in new[] { month.Previous, month, month.AddMonths(1) })
        {
            var period = Period.OfMonth(m);
            foreach (var level in Enum.GetValues<ReportingLevel>())
            {
                var deadline = calendar.Deadline(period, level);
                var lateDay = calendar.LateListDay(period, level);
                if (calendar.ReminderDay(period, level) <= today && today <= deadline)
                    due.Add(new ReminderDue(m, level, ReminderKind.BeforeDeadline, deadline));
                else if (lateDay <= today && today <= calendar.AddWorkingDays(lateDay, LateListCatchUpWorkingDays))
                    due.Add(new ReminderDue(m, level, ReminderKind.LateList, deadline));
            }
        }
        return due;
    }

    /// <summary>A pass asked for one month now: reminders for the levels whose deadline is still ahead, late lists for the others.</summary>
    public IReadOnlyList<ReminderDue> DueFor(Month month, DateOnly today)
    {
        var period = Period.OfMonth(month);
        return Enum.GetValues<ReportingLevel>().Select(level => calendar.Deadline(period, level) is var deadline && today <= deadline
            ? new ReminderDue(month, level, ReminderKind.BeforeDeadline, deadline)
            : new ReminderDue(month, level, ReminderKind.LateList, deadline)).ToList();
    }

    public async Task<ReminderPlan> PlanAsync(IReadOnlyList<ReminderDue> due, CancellationToken ct = default)
    {
        var reminders = new List<PlannedReminder>();
        var skipped = new SortedSet<string>(StringComparer.Ordinal);
        var unreachable = 0;
        if (due.Count == 0) return new ReminderPlan(reminders, [.. skipped], unreachable);

        var accounts = await RecipientsAsync(ct);
        // Reminders run in the background and from the command line, never for a reader: every unit is in view.
        var submissions = new SubmissionQuery(db, calendar, AccessScope.All, time);
        foreach (var month in due.GroupBy(d => d.Period))
        {
            var rows = await submissions.ListAsync(month.Key, ct: ct);
            foreach (var d in month)
            {
                var missing = rows.Where(r => r.Level == d.Level && Missing.Contains(r.State)).ToList();
                if (d.Kind == ReminderKind.BeforeDeadline)
                {
                    foreach (var unit in missing)
                    {
                        var to = accounts.Where(a => AnswersFor(a, unit)).ToList();
                        if (to.Count == 0) unreachable++;
                        foreach (var account in to) Add(account, d, [unit]);
                    }
                }
                else
                {
                    var approvers = accounts.Where(a => d.Level == ReportingLevel.Province ? a.Role == Roles.Admin : a.IsProvinceOfficer).ToList();
                    unreachable += missing.Count(u => !approvers.Any(a => Approves(a, u)));
                    foreach (var approver in approvers)
                    {
                        var units = missing.Where(u => Approves(approver, u)).ToList();
                        if (units.Count > 0) Add(approver, d, units);
                    }
                }
            }
        }
        return new ReminderPlan(reminders, [.. skipped], unreachable);

        void Add(ReminderRecipient account, ReminderDue d, IReadOnlyList<SubmissionRow> units)
        {
            if (EmailAddress.Normalize(account.Email) is { } email) reminders.Add(new PlannedReminder(d.Kind, d.Level, d.Period, d.Deadline, email, units));
            else skipped.Add(account.UserName);
        }
    }

    private static bool AnswersFor(ReminderRecipient account, SubmissionRow unit) => unit.Level == ReportingLevel.Commune
        ? account.IsCommuneOfficer && account.Communes.Contains(unit.UnitCode)
        : account.IsProvinceOfficer && account.Provinces.Contains(unit.ProvinceCode);

    private static bool Approves(ReminderRecipient account, SubmissionRow unit) => unit.Level == ReportingLevel.Province
        ? account.Role == Roles.Admin
        : account.IsProvinceOfficer && account.Provinces.Contains(unit.ProvinceCode);

    private async Task<List<ReminderRecipient>> RecipientsAsync(CancellationToken ct)
    {
        var rows = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == Roles.Admin || r.Name == Roles.ProvinceOfficer
            orderby u.UserName
            select new { u.UserName, u.Email, Role = r.Name, u.ProvinceCodes, u.CommuneCodes }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var scope = new KpiUser { ProvinceCodes = r.ProvinceCodes, CommuneCodes = r.CommuneCodes };
            return new ReminderRecipient(r.UserName ?? r.Email ?? "?", r.Email, r.Role!, scope.Provinces, scope.Communes);
        }).ToList();
    }
}
