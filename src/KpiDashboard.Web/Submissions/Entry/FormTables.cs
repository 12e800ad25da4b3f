using System.Globalization;
using KpiDashboard.Ingestion.Entry;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Web.Infrastructure;

namespace KpiDashboard.Web.Submissions.Entry;

/// <summary>Builds the form's table and the report's status from an <see cref="EntrySheet"/>, for the entry and review pages.</summary>
public static class FormTables
{
    /// <summary>The columns of Biểu 06 after the field's name: 3 to 13.</summary>
    public static IReadOnlyList<int> Columns { get; } = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

    public static string Header(int column) => MeasureCatalogue.ForFormColumn(column) is { } m ? Ui.T(m.Vi, m.En) : "";

    /// <param name="posted">The texts as posted, when a save was refused: shown again as typed, with the errors at their cells.</param>
    public static FormTable Build(EntrySheet sheet, bool editable, Func<string, string?>? posted = null, IReadOnlyList<EntryCellError>? errors = null)
    {
        var rows = new List<FormRow>();
        var number = 0;
        foreach (var row in sheet.Rows)
        {
            var values = row.Values;
            if (posted is not null)
            {
                var (figures, _) = EntryForm.Read([row.FieldCode], posted);
                values = figures.ByField[row.FieldCode].WithDerivedTotals();
            }
            var cells = Columns.Select(column =>
            {
                var name = EntryForm.CellName(row.FieldCode, column);
                var input = EntryForm.InputColumns.Contains(column);
                var value = MeasureCatalogue.ForFormColumn(column) is { } m ? m.Of(values) : null;
                var text = input && posted is not null ? posted(name)?.Trim() ?? "" : value is { } v ? (input ? v.ToString(CultureInfo.InvariantCulture) : Ui.Count(v)) : input ? "" : "—";
                var error = errors?.Where(e => e.FieldCode == row.FieldCode && e.Column == column).Select(e => Ui.T(e.Message, e.MessageEn)).FirstOrDefault();
                return new FormCell(column, name, text, input, error);
            }).ToList();
            var differs = values.CarriedOver is { } carried && row.PreviousPending is { } pending && carried != pending;
            rows.Add(new FormRow(++number, row.FieldCode, Ui.T(row.NameVi, row.NameEn), cells, Ui.Count(row.PreviousPending), differs));
        }
        return new FormTable(rows, editable);
    }

    public static ReportStatusView Status(EntrySheet sheet, ReportingCalendar calendar)
    {
        var s = sheet.Status;
        bool? late = s.SubmittedUtc is { } at ? calendar.IsLate(Period.OfMonth(sheet.Month), sheet.Unit.Level, at) : null;
        var history = sheet.History.Select(e => new ReportEventView(VietnamTimeText.Format(e.WhenUtc), e.Actor, ActionName(e.Action), e.Details)).ToList();
        return new ReportStatusView(s.State.Code(), StateName(s.State), s.Channel?.Code(), s.SubmittedBy, s.SubmittedUtc is { } t ? VietnamTimeText.Format(t) : null,
            late, s.ReturnReason, s.ApprovedBy, s.ApprovedUtc is { } a ? VietnamTimeText.Format(a) : null, history);
    }

    public static string StateName(SubmissionState state) => Ui.T(state.NameVi(), state switch
    {
        SubmissionState.NotStarted => "not started",
        SubmissionState.Draft => "draft",
        SubmissionState.Submitted => "submitted",
        SubmissionState.Returned => "returned",
        _ => "approved",
    });

    private static string ActionName(string action) => action switch
    {
        "submission.draft" => Ui.T("Lưu nháp", "Draft saved"),
        "submission.submit" => Ui.T("Gửi báo cáo", "Submitted"),
        "submission.approve" => Ui.T("Duyệt", "Approved"),
        "submission.return" => Ui.T("Trả lại", "Returned"),
        "submission.reopen" => Ui.T("Mở lại", "Reopened"),
        _ => action,
    };

    public static string LevelName(ReportingLevel level) => level switch
    {
        ReportingLevel.Province => Ui.T("Tỉnh, thành phố (báo cáo lên trung ương)", "Province (report to the central level)"),
        ReportingLevel.Agency => Ui.T("Các cơ quan cấp tỉnh", "Provincial agencies"),
        _ => Ui.T("Xã, phường, đặc khu", "Commune"),
    };
}
