using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Submissions;

namespace KpiDashboard.Ingestion.Entry;

/// <summary>One field's row of the form: this month's figures (the draft's, else the stored ones) and last month's pending (11).</summary>
public sealed record EntryRow(string FieldCode, string NameVi, string NameEn, Measures Values, int? PreviousPending);

/// <summary>What a unit's report for a month holds: its rows, its state and history, and whether the figures shown are a draft.</summary>
public sealed record EntrySheet(EntryUnit Unit, Month Month, IReadOnlyList<EntryRow> Rows, EntryStatus Status, bool ShowsDraft,
    IReadOnlyList<EntryEvent> History);

/// <summary>A report's state as stored (not started when there is no row).</summary>
public sealed record EntryStatus(SubmissionState State, SubmissionChannel? Channel, string? SubmittedBy, DateTimeOffset? SubmittedUtc,
    string? ReturnReason, string? ApprovedBy, DateTimeOffset? ApprovedUtc, string? UpdatedBy, DateTimeOffset? UpdatedUtc)
{
    public static EntryStatus NotStarted { get; } = new(SubmissionState.NotStarted, null, null, null, null, null, null, null, null);

    public bool IsLocked => State == SubmissionState.Approved;
}

/// <summary>One audited step of a report: a draft saved, a submission, an approval, a return or a reopening, with its details.</summary>
public sealed record EntryEvent(DateTimeOffset WhenUtc, string Actor, string Action, string Details);
