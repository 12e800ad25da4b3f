namespace KpiDashboard.Reporting.Excel;

/// <summary>The level a dossier is handled at: provincial agencies (facts with no commune) or communes.</summary>
public enum Form06Level
{
    Province,
    Commune,
}
