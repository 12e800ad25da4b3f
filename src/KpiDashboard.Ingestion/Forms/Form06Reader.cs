using KpiDashboard.Metrics.Concurrency;
using System.Globalization;
using ClosedXML.Excel;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Forms;

/// <summary>
/// Reads Biểu số 06/VPCP/KSTT as officials fill it in Excel or LibreOffice (and as this product writes it) into the
/// same validated rows as a figures file. Totals and subtotals are checked against the rows and never stored.
/// </summary>
public static class Form06Reader
{
    public sealed record Result(FigureFile.Result File, IReadOnlyList<IngestWarning> Warnings);

    private sealed record ParsedRow(int Row, FormRowKind Kind, FormLevel Level, Field? Field, FormCount[] Counts, int Group);

    /// <summary>
    /// True when the workbook has a sheet laid out as Biểu 06 (used when no format is given), and when a workbook that is not
    /// a figures table is beyond the form's limits: the form reader then says which cell.
    /// </summary>
    public static bool LooksLikeForm(Stream stream, TableLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= TableLimits.Default;
        try
        {
            XlsxShapeCheck.Ensure(stream, limits, limits.FormMaxRows, ct);
            lock (ClosedXmlGate.Lock)
            {
                using var workbook = new XLWorkbook(stream);
                return workbook.Worksheets.Any(ws => ws.Visibility == XLWorksheetVisibility.Visible && FormLayoutFinder.Find(FormSheet.Load(ws, limits)) is not null);
            }
        }
        catch (TableLimitException)
        {
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <param name="today">Vietnam's today: a form of a later month is refused (none when null).</param>
    public static Result Read(Stream stream, UnitDirectory units, ResolvedScope options, TableLimits? limits = null, DateOnly? today = null,
        CancellationToken ct = default)
    {
        limits ??= TableLimits.Default;
        var errors = new IngestErrors();
        var warnings = new List<IngestWarning>();
        FormSheet? sheet = null;
        FormLayout? layout = null;
        try
        {
            XlsxShapeCheck.Ensure(stream, limits, limits.FormMaxRows, ct);
            lock (ClosedXmlGate.Lock)
            {
                using var workbook = new XLWorkbook(stream);
                foreach (var ws in workbook.Worksheets.Where(w => w.Visibility == XLWorksheetVisibility.Visible))
                {
                    ct.ThrowIfCancellationRequested();
                    var candidate = FormSheet.Load(ws, limits);
                    if (FormLayoutFinder.Find(candidate) is not { } found) continue;
                    (sheet, layout) = (candidate, found);
                    break;
                }
            }
        }
        catch (TableLimitException e)
        {
            errors.Add(e.ToError());
            return Failed(errors);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            errors.Add(UnreadableFile.Error(e));
            return Failed(errors);
        }
        if (sheet is null || layout is null)
        {
            errors.Add(IngestError.File("not_a_form",
                "Không tìm thấy bảng của Biểu 06: cần dòng tiêu đề (STT, Lĩnh vực…, Số hồ sơ nhận giải quyết…) hoặc dòng đánh số cột 1–13.",
                "No Biểu 06 table found: expected the header (STT, Lĩnh vực…, Số hồ sơ nhận giải quyết…) or the row numbering columns 1–13."));
            return Failed(errors);
        }

        var header = FormHeaderBlock.Read(sheet, layout.HeaderTop);
        var month = ResolvePeriod(header, options, today, errors);
        // The reporting unit is one of its month's units: an old province's form for 2024-07 names an old province.
        var (province, commune) = ResolveUnit(header, month is { } m ? units.For(m.Key) : units, options, errors);

        var parsed = ParseRows(sheet, layout, units, errors);
        CheckTotals(parsed, errors);
        var measures = layout.Columns.Keys.Select(k => MeasureCatalogue.ForFormColumn(k)!.FigureColumn()).ToHashSet();
        if (errors.Count > 0 || province is null || month is null)
            return new Result(new FigureFile.Result([], errors, parsed.Count, measures), warnings);

        var rows = new List<FigureRow>();
        var firstRowOf = new Dictionary<FactKey, int>();
        var communeRowsSkipped = 0;
        foreach (var row in parsed.Where(p => p.Kind == FormRowKind.Field))
        {
            string? communeCode;
            if (commune is not null)
            {
                if (row.Level is FormLevel.Province or FormLevel.District)
                {
                    errors.Add(new IngestError(row.Row, FormSheet.Address(row.Row, layout.NameColumn), row.Field!.NameVi, "province_rows_in_commune_form",
                        $"Biểu của {commune.FullName} có dòng cấp tỉnh.", $"The form of commune {commune.Name} has a provincial-level row."));
                    continue;
                }
                communeCode = commune.Code;
            }
            else if (row.Level is FormLevel.Commune or FormLevel.District)
            {
                // A province's form sums its communes (and before July 2025 its districts) per field; their own figures are the facts.
                communeRowsSkipped++;
                continue;
            }
            else communeCode = null;

            var key = new FactKey(month.Value.Key, province.Code, communeCode, row.Field!.Code);
            var values = ToMeasures(row.Counts);
            if (firstRowOf.TryAdd(key, row.Row)) rows.Add(new FigureRow(row.Row, key, values.WithDerivedTotals()));
            else errors.Add(new IngestError(row.Row, FormSheet.Address(row.Row, layout.NameColumn), row.Field.NameVi, "duplicate_key",
                $"Lĩnh vực '{row.Field.NameVi}' đã có ở dòng {firstRowOf[key]} cùng cấp.", $"Field '{row.Field.NameEn}' already on row {firstRowOf[key]} at the same level."));
        }
        if (communeRowsSkipped > 0)
            warnings.Add(new IngestWarning(0, "", communeRowsSkipped.ToString(CultureInfo.InvariantCulture), "commune_level_not_stored",
                $"{communeRowsSkipped} dòng cấp huyện, cấp xã là tổng của các huyện, các xã: đã kiểm tra với tổng, không lưu (số liệu từng đơn vị nhập từ biểu hoặc tệp của đơn vị).",
                $"{communeRowsSkipped} district- and commune-level rows are sums over districts and communes: checked against the totals, not stored (each unit's figures come from its own form or file)."));
        if (rows.Count == 0 && errors.Count == 0 && communeRowsSkipped == 0)
            errors.Add(IngestError.File("empty_file", "Biểu không có dòng lĩnh vực nào.", "The form has no field rows."));
        return new Result(new FigureFile.Result(errors.Count > 0 ? [] : rows, errors, parsed.Count, measures), warnings);
    }

    private static Result Failed(IngestErrors errors) => new(new FigureFile.Result([], errors, 0, new HashSet<FigureColumn>()), []);

    /// <summary>Columns 3–13 as the measures they hold; the form has none for received, (4)+(5).</summary>
    private static Measures ToMeasures(FormCount[] c)
    {
        var values = new Measures();
        foreach (var m in MeasureCatalogue.All)
            if (m.FormColumn is { } column) values = m.With(values, c[column].Exact);
        return values;
    }

    private static (Province?, Commune?) ResolveUnit(FormHeaderBlock header, UnitDirectory units, ResolvedScope options, IngestErrors errors)
    {
        UnitMention.Found? written = header.Unit is { } text ? UnitMention.Resolve(text, units) : null;
        var hasWritten = written?.Province is not null;
        var hasOption = options.Province is not null;
        if (hasWritten && hasOption)
        {
            var same = written!.Province!.Code == options.Province!.Code && (options.Commune is null || written.Commune?.Code == options.Commune.Code)
                && (written.Commune is null || options.Commune?.Code == written.Commune.Code);
            if (!same)
            {
                var optionName = options.Commune?.FullName ?? options.Province.FullName;
                errors.Add(new IngestError(0, header.UnitCell, header.Unit!, "unit_conflict",
                    $"Đơn vị báo cáo trong biểu ({header.UnitCell}: '{header.Unit}') khác với tùy chọn ({optionName}).",
                    $"The reporting unit in the form ({header.UnitCell}: '{header.Unit}') differs from the option ({optionName})."));
                return (null, null);
            }
        }
        if (hasWritten) return (written!.Province, written.Commune);
        if (hasOption) return (options.Province, options.Commune);
        errors.Add(new IngestError(0, header.UnitCell, header.Unit ?? "", "missing_unit",
            header.Unit is null
                ? "Biểu không ghi đơn vị báo cáo: dùng --province hoặc --commune."
                : $"Không nhận ra tỉnh/xã trong đơn vị báo cáo '{header.Unit}': dùng --province hoặc --commune.",
            header.Unit is null
                ? "The form names no reporting unit: use --province or --commune."
                : $"No province or commune recognised in the reporting unit '{header.Unit}': use --province or --commune."));
        return (null, null);
    }

    private static Month? ResolvePeriod(FormHeaderBlock header, ResolvedScope options, DateOnly? today, IngestErrors errors)
    {
        // The dashboards open on the latest month of any province's facts: one form of July 2099 moved every reader there.
        if ((header.Month ?? options.Month) is { } asked && today is { } day && asked > Month.Of(day))
        {
            var (cell, text) = header.Month is not null ? (header.PeriodCell, header.PeriodText ?? "") : ("--period", asked.ToString());
            errors.Add(new IngestError(0, cell, text, "period_in_future",
                $"Kỳ báo cáo {asked} ({cell}) sau tháng hiện tại ({Month.Of(day)}): chưa thể có số liệu.",
                $"The reporting period {asked} ({cell}) is after the current month ({Month.Of(day)}): it cannot have figures yet."));
            return null;
        }
        if (header.PeriodNotAMonth)
        {
            errors.Add(new IngestError(0, header.PeriodCell, header.PeriodText ?? "", "period_not_a_month",
                "Kỳ báo cáo của biểu không phải một tháng: số liệu được lưu theo tháng.", "The form's reporting period is not a month: figures are stored per month."));
            return null;
        }
        if (header.Month is { } written && options.Month is { } given && written != given)
        {
            errors.Add(new IngestError(0, header.PeriodCell, header.PeriodText ?? "", "period_conflict",
                $"Kỳ báo cáo trong biểu ({header.PeriodCell}: {written}) khác với --period ({given}).",
                $"The reporting period in the form ({header.PeriodCell}: {written}) differs from --period ({given})."));
            return null;
        }
        if ((header.Month ?? options.Month) is { } month) return month;
        errors.Add(IngestError.File("missing_period", "Biểu không ghi kỳ báo cáo: dùng --period.", "The form gives no reporting period: use --period."));
        return null;
    }

    private static List<ParsedRow> ParseRows(FormSheet sheet, FormLayout layout, UnitDirectory units, IngestErrors errors)
    {
        var rows = new List<ParsedRow>();
        var level = FormLevel.Unit;
        var group = 0;
        for (var r = layout.DataStart; r <= sheet.RowCount; r++)
        {
            // The signature block ends the table, even where its texts sit above the count columns.
            if (IsSignatureBlock(sheet, r)) break;
            var counts = new FormCount[14];
            var hasValues = false;
            for (var k = 3; k <= 13; k++)
            {
                if (!layout.Columns.TryGetValue(k, out var c)) { counts[k] = new FormCount(null, false, "", ""); continue; }
                var cell = sheet.Cell(r, c);
                hasValues |= !cell.IsBlank;
                counts[k] = ParseCount(cell, r, c, errors);
            }
            if (!hasValues && IsNote(sheet, r)) break;
            var stt = layout.NumberColumn > 0 ? sheet.Cell(r, layout.NumberColumn).Text : "";
            var name = sheet.Cell(r, layout.NameColumn).Text;
            if (name.Length == 0 && !hasValues) continue;
            var nameCell = FormSheet.Address(r, layout.NameColumn);
            if (name.Length == 0)
            {
                errors.Add(new IngestError(r, nameCell, "", "missing_field_name",
                    $"Dòng {r} có số liệu nhưng không có tên lĩnh vực (ô {nameCell}).", $"Row {r} has figures but no field name (cell {nameCell})."));
                continue;
            }
            var (kind, rowLevel) = FormRowNames.Classify(stt, name, n => units.FindField(n).Item is not null);
            switch (kind)
            {
                case FormRowKind.Group:
                    level = rowLevel == FormLevel.Unit ? FormLevel.Province : rowLevel;
                    group++;
                    if (hasValues) rows.Add(new ParsedRow(r, FormRowKind.Subtotal, level, null, counts, group));
                    break;
                case FormRowKind.Subtotal:
                    rows.Add(new ParsedRow(r, kind, level, null, counts, group));
                    break;
                case FormRowKind.GrandTotal:
                    rows.Add(new ParsedRow(r, kind, FormLevel.Unit, null, counts, 0));
                    break;
                default:
                    var fieldName = FormRowNames.StripNumbering(name);
                    var match = units.FindField(fieldName);
                    if (match.Item is { } field) rows.Add(new ParsedRow(r, kind, level, field, counts, group));
                    else errors.Add(new IngestError(r, nameCell, name, match.Status == NameMatchStatus.Ambiguous ? "ambiguous_name" : "unknown_field",
                        $"Ô {nameCell}: không nhận ra lĩnh vực '{fieldName}' (thêm bằng kpi fields import nếu là lĩnh vực mới).",
                        $"Cell {nameCell}: unknown field '{fieldName}' (add it with kpi fields import if it is new)."));
                    break;
            }
            if (kind == FormRowKind.Field) CheckIdentities(r, counts, errors);
        }
        return rows;
    }

    /// <summary>The place and date, "Người lập biểu", "Thủ trưởng đơn vị", "(Ký tên, đóng dấu)".</summary>
    private static bool IsSignatureBlock(FormSheet sheet, int row) => sheet.RowTexts(row).Any(text =>
    {
        var plain = VietnameseText.PlainKey(text);
        return plain.StartsWith("nguoi lap", StringComparison.Ordinal) || plain.StartsWith("thu truong", StringComparison.Ordinal)
            || plain.StartsWith("ky ten", StringComparison.Ordinal) || plain.StartsWith("ky ghi ro", StringComparison.Ordinal)
            || plain.StartsWith("prepared by", StringComparison.Ordinal) || plain.StartsWith("head of unit", StringComparison.Ordinal)
            || plain.Contains(" ngay ", StringComparison.Ordinal) && plain.Contains(" thang ", StringComparison.Ordinal) && plain.Contains(" nam ", StringComparison.Ordinal);
    });

    /// <summary>A note under the table ("Ghi chú: …"); a note cell beside figures is part of their row.</summary>
    private static bool IsNote(FormSheet sheet, int row) => sheet.RowTexts(row).Any(text =>
    {
        var plain = VietnameseText.PlainKey(text);
        return plain.StartsWith("ghi chu", StringComparison.Ordinal) || plain.StartsWith("note ", StringComparison.Ordinal);
    });

    private static FormCount ParseCount(FormCell cell, int row, int column, IngestErrors errors)
    {
        var address = FormSheet.Address(row, column);
        if (cell.IsBlank) return new FormCount(null, false, address, "");
        var outcome = CountParser.TryParse(cell.Text, out var value);
        if (outcome is CountParser.Outcome.Ok or CountParser.Outcome.Empty) return new FormCount(value, cell.LowerBound, address, cell.Text);
        var (code, vi, en) = outcome switch
        {
            CountParser.Outcome.Negative => ("negative_count", "Số hồ sơ không được âm", "A dossier count cannot be negative"),
            CountParser.Outcome.Fractional => ("fractional_count", "Số hồ sơ phải là số nguyên", "A dossier count must be a whole number"),
            _ => ("bad_count", "Không đọc được số hồ sơ", "Not a dossier count"),
        };
        errors.Add(new IngestError(row, address, cell.Text, code, $"Ô {address}: {vi}: '{cell.Text}'.", $"Cell {address}: {en}: '{cell.Text}'."));
        return new FormCount(null, false, address, cell.Text);
    }

    private static void CheckIdentities(int row, FormCount[] counts, IngestErrors errors)
    {
        var byName = new Dictionary<string, int> { ["received"] = 3, ["handled"] = 3, ["carried_over"] = 6, ["resolved"] = 7, ["pending"] = 11 };
        foreach (var v in IdentityRules.Check(ToMeasures(counts)))
        {
            var cell = counts[byName.GetValueOrDefault(v.Columns, 3)];
            errors.Add(new IngestError(row, cell.Address, cell.Text, "identity_broken",
                $"Ô {cell.Address}: số liệu không khớp đẳng thức của biểu mẫu: {v.Message}", $"Cell {cell.Address}: figures break an identity of the form: {v.MessageEn}"));
        }
    }

    /// <summary>
    /// Each subtotal against the field rows of its group, the grand total against all field rows. Where every part is
    /// known the total must equal their sum; where some are unknown or only lower bounds it cannot be less.
    /// </summary>
    private static void CheckTotals(List<ParsedRow> rows, IngestErrors errors)
    {
        foreach (var total in rows.Where(r => r.Kind is FormRowKind.Subtotal or FormRowKind.GrandTotal))
        {
            var parts = rows.Where(r => r.Kind == FormRowKind.Field && (total.Kind == FormRowKind.GrandTotal || r.Group == total.Group)).ToList();
            if (parts.Count == 0) continue;
            for (var k = 3; k <= 13; k++)
            {
                if (total.Counts[k].Value is not { } stated) continue;
                // In 64 bits: rows of up to 2^31 each overflowed the sum, and the whole ingest with it.
                var known = parts.Sum(p => (long)(p.Counts[k].Value ?? 0));
                var complete = parts.All(p => p.Counts[k].Exact is not null);
                var broken = complete && !total.Counts[k].LowerBound ? stated != known : stated < known;
                if (!broken) continue;
                var what = total.Kind == FormRowKind.GrandTotal ? ("tổng cộng", "the grand total") : ("tổng của nhóm", "the group subtotal");
                errors.Add(new IngestError(total.Row, total.Counts[k].Address, total.Counts[k].Text, "total_mismatch",
                    $"Ô {total.Counts[k].Address} (cột {k}): {what.Item1} là {stated} nhưng các dòng lĩnh vực cộng lại {(complete ? "" : "ít nhất ")}{known}.",
                    $"Cell {total.Counts[k].Address} (column {k}): {what.Item2} is {stated} but the field rows add up to {(complete ? "" : "at least ")}{known}."));
            }
        }
    }
}
