namespace KpiDashboard.Reporting.Excel;

/// <summary>Configuration section "Reports": where generated reports are archived.</summary>
public sealed class ReportArchiveOptions
{
    public const string Section = "Reports";

    /// <summary>The reports root; empty means the repository's top-level reports/ folder.</summary>
    public string? Root { get; set; }
}
