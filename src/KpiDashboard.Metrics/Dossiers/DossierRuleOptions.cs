namespace KpiDashboard.Metrics.Dossiers;

/// <summary>The contested rules, as settings (Dossiers:...).</summary>
/// <param name="MoreThanOneSupplementIsLate">Decision 766/QĐ-TTg: a dossier whose applicant was asked to supplement it more than once counts as resolved late.</param>
/// <param name="StoppedIsNeverLate">A dossier stopped at the applicant's request ("dừng", Decree 118/2025) ends on that date and is not late.</param>
public sealed record DossierRuleOptions(bool MoreThanOneSupplementIsLate = true, bool StoppedIsNeverLate = true)
{
    public static DossierRuleOptions Default { get; } = new();
}
