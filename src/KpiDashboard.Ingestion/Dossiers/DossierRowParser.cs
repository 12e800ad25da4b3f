using System.Globalization;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// Turns one table row of a dossier list into a <see cref="DossierRow"/>, or into every error the row has. The unit is
/// resolved in the units valid on the received date, as a figures row is in its month's: before 1 July 2025 the old
/// units (once imported), kept under their successor of today with the old codes beside.
/// </summary>
/// <param name="today">Today in Vietnam: a dossier received or finished after it is an error (its windows would not exist yet,
/// and the dashboards' default month would follow it).</param>
public sealed class DossierRowParser(UnitDirectory units, DossierRules rules, IReadOnlyDictionary<DossierColumn, int> columns, DateOnly today)
{
    /// <summary>The most working days of a handling time or of a wait for the applicant; legal times are weeks.</summary>
    public const int MaxWorkingDays = 1_000;

    /// <summary>
    /// The most months a list may span: each dossier counts in every window it was open, and every unit and field of the
    /// list gets a figure in every window, so a list's work grows with its span. A province's register is a few years.
    /// </summary>
    public const int MaxSpanMonths = 120;

    private readonly int[] _index = Enum.GetValues<DossierColumn>().Select(c => columns.GetValueOrDefault(c, -1)).ToArray();
    private (DateOnly First, DateOnly Last)? _span;

    public DossierRow? Parse(TableRow row, IngestErrors errors)
    {
        var before = errors.Count;
        var code = Required(row, DossierColumn.DossierCode, errors);
        var procedure = Required(row, DossierColumn.ProcedureCode, errors);
        var procedureName = Text(row, DossierColumn.ProcedureName);
        var received = NotLater(row, DossierColumn.ReceivedAt, Day(row, DossierColumn.ReceivedAt, required: true, errors), errors);
        // Without a received date the unit is looked up in today's units, so its own errors still show.
        var month = received is { } day ? Month.Of(day) : (Month?)null;
        var era = month is { } m ? units.For(m.Key) : units;
        var province = ParseProvince(row, era, month, errors);
        var commune = province is null ? null : ParseCommune(row, era, month, province, errors);
        var field = ParseField(row, errors);
        var online = ParseChannel(row, errors);
        var due = Day(row, DossierColumn.DueAt, required: false, errors);
        var finished = NotLater(row, DossierColumn.FinishedAt, Day(row, DossierColumn.FinishedAt, required: false, errors), errors);
        var handling = WorkingDays(row, DossierColumn.HandlingDays, errors);
        var requests = Count(row, DossierColumn.SupplementRequests, errors) ?? 0;
        var supplementDays = WorkingDays(row, DossierColumn.SupplementDays, errors) ?? 0;
        var outcome = ParseOutcome(row, errors);

        if (received is { } r)
        {
            if (due is null && handling is null && Text(row, DossierColumn.DueAt).Length == 0 && Text(row, DossierColumn.HandlingDays).Length == 0)
                errors.Add(Error(row, DossierColumn.DueAt, "", "missing_due",
                    "Thiếu ngày hẹn trả: cần due_at hoặc handling_days.", "No due date: due_at or handling_days is needed."));
            if (due is { } d && d < r)
                errors.Add(Error(row, DossierColumn.DueAt, Text(row, DossierColumn.DueAt), "due_before_received",
                    $"Ngày hẹn trả trước ngày tiếp nhận ({r:dd/MM/yyyy}).", $"The due date is before the received date ({r:yyyy-MM-dd})."));
            if (finished is { } f && f < r)
                errors.Add(Error(row, DossierColumn.FinishedAt, Text(row, DossierColumn.FinishedAt), "finished_before_received",
                    $"Ngày kết thúc trước ngày tiếp nhận ({r:dd/MM/yyyy}).", $"The end date is before the received date ({r:yyyy-MM-dd})."));
        }
        if (outcome is not null && finished is null && Text(row, DossierColumn.FinishedAt).Length == 0)
            errors.Add(Error(row, DossierColumn.FinishedAt, "", "outcome_without_end",
                "Có kết quả nhưng thiếu ngày kết thúc (finished_at).", "An outcome without an end date (finished_at)."));
        if (outcome is null && finished is not null && Text(row, DossierColumn.Outcome).Length == 0)
            errors.Add(Error(row, DossierColumn.Outcome, "", "end_without_outcome",
                "Có ngày kết thúc nhưng thiếu kết quả (resolved, stopped, refused).", "An end date without an outcome (resolved, stopped, refused)."));

        var today = province is null || ReferenceEquals(era, units) ? null : Successor(row, province, commune, errors);
        if (errors.Count > before || code is null || procedure is null || province is null || field is null || online is null || received is null)
            return null;
        if (!WithinSpan(row, received.Value, finished, errors)) return null;
        var dueOn = due ?? rules.DueFrom(received.Value, handling!.Value);
        var dates = new DossierDates(online.Value, received.Value, dueOn, requests, supplementDays, finished, outcome);
        var name = procedureName.Length == 0 ? null : procedureName;
        return today is { } successor
            ? new DossierRow(row.Number, successor.Province, successor.Commune, field.Code, code, procedure, name, handling, dates, province.Code, commune?.Code, due is null)
            : new DossierRow(row.Number, province.Code, commune?.Code, field.Code, code, procedure, name, handling, dates, DueFromHandlingDays: due is null);
    }

    /// <summary>
    /// Today's unit an old one goes on in: the province it went into, and the commune it went into (a split commune's
    /// first-named successor, as in the comparable series). An old commune with no successor is an error, never dropped.
    /// </summary>
    private (string Province, string? Commune)? Successor(TableRow row, Province oldProvince, Commune? oldCommune, IngestErrors errors)
    {
        var history = units.History!;
        if (oldCommune is null)
            return history.SuccessorProvince(oldProvince.Code) is { } p ? (p, null) : NoSuccessor(row, DossierColumn.Province, oldProvince.FullName, oldProvince.Code, errors);
        return history.SuccessorCommune(oldCommune.Code) is { } c ? (c.ProvinceCode, c.Code) : NoSuccessor(row, DossierColumn.Commune, oldCommune.FullName, oldCommune.Code, errors);
    }

    private (string, string?)? NoSuccessor(TableRow row, DossierColumn column, string name, string code, IngestErrors errors)
    {
        errors.Add(Error(row, column, Text(row, column), "no_successor",
            $"{name} ({code}) chưa có đơn vị kế tiếp trong đơn vị hành chính hiện nay; Quản trị viên đặt bằng kpi units link hoặc trang /admin/units.",
            $"{name} ({code}) has no successor among today's units; an Admin sets it with kpi units link or on /admin/units."));
        return null;
    }

    private string Text(TableRow row, DossierColumn column) => _index[(int)column] is var i and >= 0 ? row.Cell(i).Trim() : "";

    private static string Name(DossierColumn column) => DossierHeaders.CanonicalNames[column];

    private static IngestError Error(TableRow row, DossierColumn column, string value, string code, string vi, string en) =>
        new(row.Number, Name(column), value, code, vi, en);

    private string? Required(TableRow row, DossierColumn column, IngestErrors errors)
    {
        var text = Text(row, column);
        if (text.Length > 0) return text;
        errors.Add(Error(row, column, "", "missing_value", $"Thiếu giá trị cột '{Name(column)}'.", $"Missing value in column '{Name(column)}'."));
        return null;
    }

    private DateOnly? Day(TableRow row, DossierColumn column, bool required, IngestErrors errors)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            if (required) Required(row, column, errors);
            return null;
        }
        if (DossierValues.TryParseDay(text, out var day))
        {
            var (first, last) = WorkingCalendar.Range;
            if (day >= first && day <= last) return day;
            errors.Add(Error(row, column, text, "date_out_of_range", $"Ngày '{text}' ngoài khoảng {first.Year}–{last.Year}.",
                $"The date '{text}' is outside {first.Year}–{last.Year}."));
            return null;
        }
        errors.Add(Error(row, column, text, "bad_date", $"Ngày không hợp lệ '{text}': cần 2025-07-15, 15/07/2025 hoặc kèm giờ.",
            $"Invalid date '{text}': expected 2025-07-15 or 15/07/2025, optionally with a time."));
        return null;
    }

    private DateOnly? NotLater(TableRow row, DossierColumn column, DateOnly? day, IngestErrors errors)
    {
        if (day is not { } d || d <= today) return day;
        errors.Add(Error(row, column, Text(row, column), "date_in_future", $"Ngày '{Text(row, column)}' sau hôm nay ({today:dd/MM/yyyy}).",
            $"The date '{Text(row, column)}' is after today ({today:dd/MM/yyyy})."));
        return null;
    }

    /// <summary>Whether the list, with this dossier, still covers at most <see cref="MaxSpanMonths"/> calendar months; if so, it does now.</summary>
    private bool WithinSpan(TableRow row, DateOnly received, DateOnly? finished, IngestErrors errors)
    {
        var last = finished is { } f && f > received ? f : received;
        (DateOnly First, DateOnly Last) span = _span is { } s ? (s.First < received ? s.First : received, s.Last > last ? s.Last : last) : (received, last);
        if ((span.Last.Year - span.First.Year) * 12 + span.Last.Month - span.First.Month < MaxSpanMonths)
        {
            _span = span;
            return true;
        }
        var column = last > received ? DossierColumn.FinishedAt : DossierColumn.ReceivedAt;
        errors.Add(Error(row, column, Text(row, column), "list_span",
            $"Danh sách trải dài hơn {MaxSpanMonths} tháng (từ {span.First:dd/MM/yyyy} đến {span.Last:dd/MM/yyyy}): hãy tách theo năm.",
            $"The list spans more than {MaxSpanMonths} months ({span.First:yyyy-MM-dd} to {span.Last:yyyy-MM-dd}): split it by year."));
        return false;
    }

    private int? WorkingDays(TableRow row, DossierColumn column, IngestErrors errors)
    {
        var days = Count(row, column, errors);
        if (days is not > MaxWorkingDays) return days;
        errors.Add(Error(row, column, Text(row, column), "too_many_days",
            string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"Quá {MaxWorkingDays:N0} ngày làm việc: '{Text(row, column)}'."),
            string.Create(CultureInfo.InvariantCulture, $"More than {MaxWorkingDays:N0} working days: '{Text(row, column)}'.")));
        return null;
    }

    private int? Count(TableRow row, DossierColumn column, IngestErrors errors)
    {
        var text = Text(row, column);
        var outcome = CountParser.TryParse(text, out var value);
        if (outcome is CountParser.Outcome.Ok or CountParser.Outcome.Empty) return value;
        errors.Add(Error(row, column, text, "bad_count", $"Cần một số nguyên ≥ 0: '{text}'.", $"A whole number ≥ 0 is needed: '{text}'."));
        return null;
    }

    private bool? ParseChannel(TableRow row, IngestErrors errors)
    {
        var text = Text(row, DossierColumn.Channel);
        if (text.Length == 0)
        {
            Required(row, DossierColumn.Channel, errors);
            return null;
        }
        if (DossierValues.ParseChannel(text) is { } online) return online;
        errors.Add(Error(row, DossierColumn.Channel, text, "bad_channel", $"Kênh không hợp lệ '{text}': cần trực tuyến (online) hoặc trực tiếp/bưu chính (offline).",
            $"Invalid channel '{text}': expected online or offline (in person, by post)."));
        return null;
    }

    private DossierOutcome? ParseOutcome(TableRow row, IngestErrors errors)
    {
        var text = Text(row, DossierColumn.Outcome);
        if (DossierValues.TryParseOutcome(text, out var outcome)) return outcome;
        errors.Add(Error(row, DossierColumn.Outcome, text, "bad_outcome", $"Kết quả không hợp lệ '{text}': cần đã giải quyết (resolved), dừng (stopped) hoặc từ chối (refused).",
            $"Invalid outcome '{text}': expected resolved, stopped or refused."));
        return null;
    }

    private Province? ParseProvince(TableRow row, UnitDirectory era, Month? month, IngestErrors errors)
    {
        if (Required(row, DossierColumn.Province, errors) is not { } text) return null;
        var match = era.FindProvince(text);
        if (match.Item is { } province) return province;
        if (match.Status == NameMatchStatus.NotFound && OtherEra(month) is var (history, old) && (old ? history.Old : history.Today).FindProvince(text).Item is { } other)
        {
            var (vi, en) = old ? history.WhereWent(other) : UnitHistory.NotYet(other.FullName, other.Code, month!.Value.Key);
            errors.Add(Error(row, DossierColumn.Province, text, old ? "unit_merged" : "unit_not_yet", vi, en));
            return null;
        }
        errors.Add(NotFound(row, DossierColumn.Province, text, match.Status, "unknown_province", "tỉnh/thành phố", "province"));
        return null;
    }

    private Commune? ParseCommune(TableRow row, UnitDirectory era, Month? month, Province province, IngestErrors errors)
    {
        var text = Text(row, DossierColumn.Commune);
        if (text.Length == 0) return null;
        var match = era.FindCommune(text, province.Code);
        if (match.Item is { } commune) return commune;
        if (match.Status == NameMatchStatus.NotFound && OtherEra(month) is var (history, old)
            && (old ? history.OldCommuneIn(text, province.Code) : history.NewCommuneIn(text, province.Code)) is { } other)
        {
            var (vi, en) = old ? history.WhereWent(other) : UnitHistory.NotYet(other.FullName, other.Code, month!.Value.Key);
            errors.Add(Error(row, DossierColumn.Commune, text, old ? "unit_merged" : "unit_not_yet", vi, en));
            return null;
        }
        errors.Add(NotFound(row, DossierColumn.Commune, text, match.Status, "unknown_commune", $"xã/phường của {province.FullName}", $"commune of {province.Name}"));
        return null;
    }

    /// <summary>The other set of units than the received date's, to explain a name that belongs to it; null without history.</summary>
    private (UnitHistory History, bool Old)? OtherEra(Month? month) =>
        units.History is { } history && month is { } m ? (history, !UnitValidity.IsOldPeriod(m.Key)) : null;

    private Field? ParseField(TableRow row, IngestErrors errors)
    {
        if (Required(row, DossierColumn.Field, errors) is not { } text) return null;
        var match = units.FindField(text);
        if (match.Item is { } field) return field;
        errors.Add(NotFound(row, DossierColumn.Field, text, match.Status, "unknown_field", "lĩnh vực", "field"));
        return null;
    }

    private static IngestError NotFound(TableRow row, DossierColumn column, string text, NameMatchStatus status, string code, string whatVi, string whatEn) =>
        status == NameMatchStatus.Ambiguous
            ? Error(row, column, text, "ambiguous_name", $"'{text}' khớp nhiều hơn một {whatVi}; hãy dùng mã hoặc tên có dấu.",
                $"'{text}' matches more than one {whatEn}; use the code or the name with diacritics.")
            : Error(row, column, text, code, $"Không tìm thấy {whatVi} '{text}'.", $"Unknown {whatEn} '{text}'.");
}
