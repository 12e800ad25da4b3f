using System.Globalization;
using System.Text;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// Turns the statements of a text into partial facts: what the text says is stored, everything else stays unknown
/// (and untouched on existing facts). Figures for a named field become that field's fact. Figures of the whole unit
/// cover several fields, so they become a fact only when --field says which field the text is about; otherwise
/// storing them would count them twice, and they are reported as a warning instead.
/// </summary>
public static class NarrativeIngest
{
    public sealed record Result(FigureFile.Result File, IReadOnlyList<IngestWarning> Warnings, IReadOnlyList<NarrativeStatement> Statements);

    /// <param name="text">The whole text, already within <see cref="NarrativeLimits"/>.</param>
    public static Result Read(string text, UnitDirectory units, IReadOnlyList<Field> fields, ResolvedScope scope, DateOnly referenceDate, CancellationToken ct = default)
    {
        var statements = NarrativeExtractor.Extract(text, units, fields, scope.Month?.LastDay ?? referenceDate, ct);
        var errors = new IngestErrors();
        var warnings = new List<IngestWarning>();
        if (statements.Count == 0)
        {
            errors.Add(IngestError.File("no_figures", "Không tìm thấy số liệu hồ sơ nào trong văn bản.", "No dossier figures found in the text."));
            return new Result(new FigureFile.Result([], errors, 0, new HashSet<FigureColumn>()), warnings, statements);
        }

        var rows = new Dictionary<FactKey, (Measures Values, HashSet<FigureColumn> Provided)>();
        var number = 0;
        foreach (var s in statements)
        {
            number++;
            if (s.Level is not null)
            {
                // One level of a unit (its communes, its provincial agencies) is not the unit: storing it as the unit's fact would be wrong.
                warnings.Add(new IngestWarning(number, "", Describe(s.Figures), "level_figures_not_stored",
                    $"Số liệu của {s.UnitLabel} chỉ là một cấp của đơn vị: không lưu.", $"Figures of {s.UnitLabel} are one level of the unit: not stored."));
                continue;
            }
            var province = Pick(s.Province, scope.Province, s.UnitText, "--province", number, errors);
            var commune = scope.Commune ?? (scope.Province is null || s.Province?.Code == scope.Province.Code ? s.Commune : null);
            if (scope.Commune is not null && s.Commune is not null && s.Commune.Code != scope.Commune.Code)
                errors.Add(Conflict(number, "--commune", s.UnitText, scope.Commune.FullName));
            var month = PickMonth(s, scope, number, referenceDate, errors);
            if (province is null || month is null) continue;

            foreach (var f in s.Fields.Where(f => f.Field is not null))
                Add(rows, new FactKey(month.Value.Key, province.Code, commune?.Code, f.Field!.Code), f.Figures, number, errors, warnings);
            if (s.Figures.Count == 0) continue;
            if (scope.Field is { } field)
                Add(rows, new FactKey(month.Value.Key, province.Code, commune?.Code, field.Code), s.Figures, number, errors, warnings);
            else
                warnings.Add(new IngestWarning(number, "", Describe(s.Figures), "unit_totals_not_stored",
                    $"Số liệu chung của đơn vị ({Describe(s.Figures)}) gồm nhiều lĩnh vực: không lưu; dùng --field nếu văn bản chỉ nói về một lĩnh vực.",
                    $"Unit-wide figures ({Describe(s.Figures)}) span several fields: not stored; use --field when the text is about one field."));
        }
        var figureRows = errors.Count > 0 ? [] : rows.Select((r, i) => new FigureRow(i + 1, r.Key, r.Value.Values.WithDerivedTotals(), r.Value.Provided)).ToList();
        var measures = rows.Values.SelectMany(r => r.Provided).ToHashSet();
        return new Result(new FigureFile.Result(figureRows, errors, statements.Count, measures), warnings, statements);
    }

    private static void Add(Dictionary<FactKey, (Measures Values, HashSet<FigureColumn> Provided)> rows, FactKey key,
        IReadOnlyDictionary<string, NarrativeFigure> figures, int statement, IngestErrors errors, List<IngestWarning> warnings)
    {
        if (!rows.TryGetValue(key, out var row)) row = (new Measures(), []);
        var values = row.Values;
        foreach (var (name, figure) in figures)
        {
            if (MeasureCatalogue.Find(name) is not { } measure || figure.Approximate)
            {
                warnings.Add(new IngestWarning(statement, name, figure.Value.ToString(CultureInfo.InvariantCulture), "figure_not_stored",
                    figure.Approximate ? $"'{name}' là số ước lượng: không lưu." : $"'{name}' không có cột tương ứng trong số liệu: không lưu.",
                    figure.Approximate ? $"'{name}' is approximate: not stored." : $"'{name}' has no measure column: not stored."));
                continue;
            }
            var value = (int)figure.Value;
            var column = measure.FigureColumn();
            if (row.Provided.Contains(column) && measure.Of(values) != value)
            {
                errors.Add(new IngestError(statement, name, value.ToString(CultureInfo.InvariantCulture), "conflicting_figures",
                    $"Văn bản cho hai giá trị khác nhau của '{name}'.", $"The text gives two different values of '{name}'."));
                continue;
            }
            values = measure.With(values, value);
            row.Provided.Add(column);
        }
        foreach (var v in IdentityRules.Check(values))
            errors.Add(new IngestError(statement, v.Columns, "", "identity_broken", $"Số liệu không khớp: {v.Message}", $"Figures break an identity: {v.MessageEn}"));
        rows[key] = (values, row.Provided);
    }

    private static Province? Pick(Province? written, Province? given, string writtenText, string option, int statement, IngestErrors errors)
    {
        if (written is not null && given is not null && written.Code != given.Code)
        {
            errors.Add(Conflict(statement, option, writtenText, given.FullName));
            return null;
        }
        if ((given ?? written) is { } p) return p;
        errors.Add(new IngestError(statement, option, "", "missing_unit", "Văn bản không nêu tỉnh/xã: dùng --province.", "The text names no province or commune: use --province."));
        return null;
    }

    private static Month? PickMonth(NarrativeStatement s, ResolvedScope scope, int statement, DateOnly today, IngestErrors errors)
    {
        // The dashboards open on the latest month of any province's facts: one text stored for July 2099 moved every reader there.
        if ((scope.Month ?? s.Month) is { } asked && asked > Month.Of(today))
        {
            errors.Add(new IngestError(statement, "--period", asked.ToString(), "period_in_future",
                $"Kỳ {asked} sau tháng hiện tại ({Month.Of(today)}): chưa thể có số liệu.", $"The period {asked} is after the current month ({Month.Of(today)}): it cannot have figures yet."));
            return null;
        }
        if (s.PeriodStart is not null && s.Month is null)
        {
            // Facts are monthly: a quarter's or a year's totals must not land on one of its months.
            errors.Add(new IngestError(statement, "--period", s.PeriodText, "period_not_a_month",
                $"Văn bản nêu kỳ '{s.PeriodText}', không phải một tháng: số liệu theo tháng mới lưu được.",
                $"The text gives the period '{s.PeriodText}', not a month: only monthly figures can be stored."));
            return null;
        }
        var written = s.Month;
        if (written is { } w && scope.Month is { } g && w != g)
        {
            errors.Add(Conflict(statement, "--period", s.PeriodText, g.ToString()));
            return null;
        }
        if ((scope.Month ?? written) is { } month) return month;
        errors.Add(new IngestError(statement, "--period", "", "missing_period", "Văn bản không nêu tháng: dùng --period.", "The text gives no month: use --period."));
        return null;
    }

    private static IngestError Conflict(int statement, string option, string written, string given) =>
        new(statement, option, written, option == "--period" ? "period_conflict" : "unit_conflict",
            $"Văn bản ghi '{written}' nhưng {option} là '{given}'.", $"The text says '{written}' but {option} is '{given}'.");

    private static string Describe(IReadOnlyDictionary<string, NarrativeFigure> figures) =>
        string.Join(", ", figures.Select(f => $"{f.Key} {f.Value.Value.ToString(CultureInfo.InvariantCulture)}"));
}
