using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Submissions;

namespace KpiDashboard.Ingestion.Entry;

/// <summary>
/// Reads the cells of the entry form with the rules files are read with: counts through <see cref="CountParser"/> (whole
/// numbers ≥ 0, Vietnamese thousands separators), the form's identities through <see cref="IdentityRules"/>, each error
/// placed at its cell. An empty cell is unknown.
/// </summary>
public static class EntryForm
{
    /// <summary>The form's input columns, in its order.</summary>
    public static IReadOnlyList<int> InputColumns { get; } = [.. MeasureCatalogue.Base.Select(m => m.FormColumn!.Value)];

    public static string CellName(string fieldCode, int column) => $"c_{fieldCode}_{column}";

    public static (EntryFigures Figures, IReadOnlyList<EntryCellError> Errors) Read(IEnumerable<string> fieldCodes, Func<string, string?> cell)
    {
        var errors = new List<EntryCellError>();
        var byField = new Dictionary<string, Measures>(StringComparer.Ordinal);
        foreach (var field in fieldCodes)
        {
            var values = new Measures();
            foreach (var measure in MeasureCatalogue.Base)
            {
                var column = measure.FormColumn!.Value;
                var text = cell(CellName(field, column))?.Trim() ?? "";
                var outcome = CountParser.TryParse(text, out var value);
                if (outcome is CountParser.Outcome.Ok or CountParser.Outcome.Empty)
                {
                    values = measure.With(values, value);
                    continue;
                }
                errors.Add(outcome switch
                {
                    CountParser.Outcome.Negative => new(field, column, "negative_count", $"Số hồ sơ không được âm: '{text}'.", $"A dossier count cannot be negative: '{text}'."),
                    CountParser.Outcome.Fractional => new(field, column, "fractional_count", $"Số hồ sơ phải là số nguyên: '{text}'.", $"A dossier count must be a whole number: '{text}'."),
                    _ => new(field, column, "bad_count", $"Không đọc được số hồ sơ '{IngestText.Echo(text)}'.", $"Not a dossier count: '{IngestText.Echo(text)}'."),
                });
            }
            foreach (var v in IdentityRules.Check(values))
                errors.Add(new(field, ColumnOf(v.Columns), "identity_broken",
                    $"Số liệu không khớp đẳng thức của biểu mẫu: {v.Message}", $"Figures break an identity of the form: {v.MessageEn}"));
            byField[field] = values;
        }
        return (new EntryFigures(byField), errors);
    }

    /// <summary>The cell an identity is shown at: the measure it names (carried over, column 6, for (4)+(5)+(6) ≠ (7)+(11)).</summary>
    private static int ColumnOf(string measureName) => MeasureCatalogue.Find(measureName)?.FormColumn ?? MeasureCatalogue.CarriedOver.FormColumn!.Value;
}
