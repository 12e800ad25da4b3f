using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>
/// How a dossier counts in the figures of a reporting window (Biểu 06 columns 4-13), in one place:
/// <list type="bullet">
/// <item>received in the window (online or not): columns 4/5; received earlier and not finished before the window began: carried over (6);</item>
/// <item>finished in the window: resolved (7), early / on time / late by calendar day against the due date (8-10);</item>
/// <item>otherwise pending at the window's last day, within or over the due date on that day (12/13);</item>
/// <item>the due date moves by the applicant's supplement time, in working days; more than one supplement request is
/// late (Decision 766); a dossier stopped at the applicant's request is never late (both settings).</item>
/// </list>
/// </summary>
public sealed class DossierRules(IWorkingDays calendar, IReportingWindows? windows = null, DossierRuleOptions? options = null)
{
    private readonly DossierRuleOptions _options = options ?? DossierRuleOptions.Default;

    public IReportingWindows Windows { get; } = windows ?? CalendarMonthWindows.Instance;

    /// <summary>The due date with the applicant's supplement time deducted from the handling time.</summary>
    public DateOnly EffectiveDue(DossierDates d) => calendar.AddWorkingDays(d.DueOn, d.SupplementDays);

    /// <summary>The due date from the received date and the legal handling time.</summary>
    public DateOnly DueFrom(DateOnly receivedOn, int handlingDays) => calendar.AddWorkingDays(receivedOn, handlingDays);

    public Timeliness Classify(DossierDates d)
    {
        var end = d.FinishedOn ?? throw new ArgumentException("A pending dossier has no timeliness; see IsOverdueAt.", nameof(d));
        var due = EffectiveDue(d);
        if (d.Outcome == DossierOutcome.Stopped && _options.StoppedIsNeverLate) return end < due ? Timeliness.Early : Timeliness.OnTime;
        if (d.SupplementRequests > 1 && _options.MoreThanOneSupplementIsLate) return Timeliness.Late;
        return end < due ? Timeliness.Early : end == due ? Timeliness.OnTime : Timeliness.Late;
    }

    /// <summary>
    /// Decision 766 indicator 2.2, the handling time of one dossier in working days: the working days after the received
    /// day up to and including the finished day, less the days it waited on the applicant (supplement days). Counted
    /// for dossiers resolved or refused in the window; one stopped at the applicant's request is left out.
    /// </summary>
    public static bool CountsInHandlingTime(DossierOutcome? outcome) => outcome is DossierOutcome.Resolved or DossierOutcome.Refused;

    /// <summary>A dossier still pending on <paramref name="day"/> is overdue when that day is after its due date.</summary>
    public bool IsOverdueAt(DossierDates d, DateOnly day) => day > EffectiveDue(d);

    /// <summary>The windows a dossier counts in: from the one it was received in to the one it finished in, or to <paramref name="lastWindow"/>.</summary>
    public IEnumerable<Month> WindowsOf(DossierDates d, Month lastWindow)
    {
        var until = d.FinishedOn is { } end ? Windows.WindowOf(end) : lastWindow;
        if (until > lastWindow) until = lastWindow;
        for (var w = Windows.WindowOf(d.ReceivedOn); w <= until; w = w.AddMonths(1)) yield return w;
    }

    /// <summary>Adds a dossier's counts in <paramref name="window"/> to <paramref name="counts"/> (the eight base columns).</summary>
    public void Count(DossierDates d, Month window, ref DossierCounts counts)
    {
        var (first, last) = (Windows.FirstDay(window), Windows.LastDay(window));
        if (d.ReceivedOn > last || d.FinishedOn < first) return;
        if (d.ReceivedOn >= first)
        {
            if (d.Online) counts.ReceivedOnline++;
            else counts.ReceivedOffline++;
        }
        else counts.CarriedOver++;

        if (d.FinishedOn is { } end && end <= last)
        {
            switch (Classify(d))
            {
                case Timeliness.Early: counts.ResolvedEarly++; break;
                case Timeliness.OnTime: counts.ResolvedOnTime++; break;
                default: counts.ResolvedLate++; break;
            }
        }
        else if (IsOverdueAt(d, last)) counts.PendingOverdue++;
        else counts.PendingWithin++;
    }
}
