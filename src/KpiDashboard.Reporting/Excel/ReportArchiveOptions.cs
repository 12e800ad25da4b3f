namespace KpiDashboard.Reporting.Excel;

/// <summary>Configuration section "Reports": where generated reports are archived, and how many files one person may add.</summary>
public sealed class ReportArchiveOptions
{
    public const string Section = "Reports";

    /// <summary>The reports root; empty means the repository's top-level reports/ folder.</summary>
    public string? Root { get; set; }

    /// <summary>Files one signed-in person may archive in 24 hours (the command line is not limited).</summary>
    public int MaxArchivedPerUserPerDay { get; set; } = 50;

    public void Validate()
    {
        if (MaxArchivedPerUserPerDay is < 1 or > 100_000)
            throw new InvalidOperationException(
                $"{Section}:{nameof(MaxArchivedPerUserPerDay)} phải từ 1 đến 100000 / must be between 1 and 100000, not {MaxArchivedPerUserPerDay}.");
    }
}
