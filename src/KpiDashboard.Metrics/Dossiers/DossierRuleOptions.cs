namespace KpiDashboard.Metrics.Dossiers;

/// <summary>The contested rules, as settings (section <c>Dossiers</c>).</summary>
public sealed class DossierRuleOptions
{
    public const string Section = "Dossiers";

    public static DossierRuleOptions Default { get; } = new();

    /// <summary>Decision 766/QĐ-TTg: a dossier whose applicant was asked to supplement it more than once counts as resolved late.</summary>
    public bool MoreThanOneSupplementIsLate { get; set; } = true;

    /// <summary>A dossier stopped at the applicant's request ("dừng", Decree 118/2025) ends on that date and is not late.</summary>
    public bool StoppedIsNeverLate { get; set; } = true;
}
