using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;

namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// One reporting unit's report for one month: its state, who sent it, when and how, and who approved it. A unit with
/// no row has not started. The unit is a commune (its code), a province's agencies or the province as a whole (the
/// province's code for both, told apart by <see cref="Level"/>).
/// </summary>
public sealed class Submission
{
    public long Id { get; init; }
    /// <summary>yyyyMM, see <see cref="Periods.Month.Key"/>.</summary>
    public int Period { get; init; }
    public ReportingLevel Level { get; init; }
    public required string UnitCode { get; init; }
    public required string ProvinceCode { get; init; }
    public SubmissionState State { get; set; }
    public SubmissionChannel? Channel { get; set; }
    public string? SubmittedBy { get; set; }
    /// <summary>When it was first submitted since it was last returned; lateness is measured from it.</summary>
    public DateTimeOffset? SubmittedUtc { get; set; }
    public string? ReturnReason { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedUtc { get; set; }
    /// <summary>Figures entered on the web and saved as a draft (JSON, see <see cref="EntryFigures"/>): kept apart from the
    /// facts, so the dashboard shows them only once they are submitted.</summary>
    public string? DraftFigures { get; set; }
    public DateTimeOffset UpdatedUtc { get; set; }
    public string? UpdatedBy { get; set; }
}
