using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>What the rules need of a dossier: its channel, calendar days (Vietnam time) and supplement requests.</summary>
public readonly record struct DossierDates(bool Online, DateOnly ReceivedOn, DateOnly DueOn, int SupplementRequests, int SupplementDays,
    DateOnly? FinishedOn, DossierOutcome? Outcome)
{
    public static DossierDates Of(Dossier d) =>
        new(d.Online, d.ReceivedOn, d.DueOn, d.SupplementRequests, d.SupplementDays, d.FinishedOn, d.Outcome);
}
