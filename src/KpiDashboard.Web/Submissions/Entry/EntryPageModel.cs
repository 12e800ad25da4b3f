using KpiDashboard.Ingestion.Entry;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Web.Submissions.Entry;

/// <summary>One cell of the form: an input (columns 4–13 but 7 and 11) or a computed total (3, 7, 11), with its error if any.</summary>
public sealed record FormCell(int Column, string Name, string Text, bool Input, string? Error);

/// <summary>One field's row of the form, with last period's pending shown beside this period's carried over.</summary>
public sealed record FormRow(int Number, string FieldCode, string FieldName, IReadOnlyList<FormCell> Cells, string PreviousPending, bool CarriedOverDiffers);

/// <summary>The form's rows in the layout of Biểu 06, editable on the entry page, read-only on the review page.</summary>
public sealed record FormTable(IReadOnlyList<FormRow> Rows, bool Editable);

/// <summary>A report's state and history as the pages show them.</summary>
public sealed record ReportStatusView(string StateCode, string StateName, string? Channel, string? SubmittedBy, string? SubmittedAt, bool? Late,
    string? ReturnReason, string? ApprovedBy, string? ApprovedAt, IReadOnlyList<ReportEventView> History);

public sealed record ReportEventView(string When, string Actor, string What, string Details);

/// <summary>The entry page of one unit and month.</summary>
public sealed record EntryPageModel(
    ReportingLevel Level,
    string UnitCode,
    string UnitName,
    string ProvinceCode,
    string ProvinceName,
    string Period,
    string MonthName,
    string WindowDates,
    string Deadline,
    FormTable Table,
    ReportStatusView Status,
    bool Editable,
    bool Locked,
    bool ShowsDraft,
    bool MayReview,
    IReadOnlyList<EntryCellError> Errors,
    string? Done);
