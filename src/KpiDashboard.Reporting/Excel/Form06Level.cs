namespace KpiDashboard.Reporting.Excel;

/// <summary>The level a dossier is handled at: provincial agencies (facts with no commune) or communes.</summary>
public enum Form06Level
{
    Province,
    /// <summary>Districts (cấp huyện): their own figures, in a form of an old province for a month before July 2025.</summary>
    District,
    Commune,
}
