namespace KpiDashboard.Metrics.Reporting;

/// <summary>The reporting cycle's settings (section <c>Reporting</c>).</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    public ReportingWindowKind Window { get; set; } = ReportingWindowKind.Decree09;

    /// <summary>Days after the window ends by which a commune reports to the province.</summary>
    public int CommuneDeadlineDays { get; set; } = 2;

    /// <summary>Days after the window ends by which the provincial agencies report to the province.</summary>
    public int AgencyDeadlineDays { get; set; } = 4;

    /// <summary>Days after the window ends by which the province reports to the central level (the 20th under Decree 09).</summary>
    public int ProvinceDeadlineDays { get; set; } = 6;

    /// <summary>Working days before a deadline on which units that have not sent their report are reminded (0: on the deadline day).</summary>
    public int ReminderWorkingDaysBefore { get; set; } = 1;

    /// <summary>Days off besides weekends and the fixed solar holidays, yyyy-MM-dd (Tết, compensatory days).</summary>
    public List<string> Holidays { get; set; } = [];

    public int DeadlineDays(ReportingLevel level) => level switch
    {
        ReportingLevel.Commune => CommuneDeadlineDays,
        ReportingLevel.Agency => AgencyDeadlineDays,
        _ => ProvinceDeadlineDays,
    };
}
