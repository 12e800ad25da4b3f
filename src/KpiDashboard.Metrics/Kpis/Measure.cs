using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Metrics.Kpis;

/// <summary>
/// One of the twelve measures of <see cref="MeasureCatalogue"/>: its canonical name (CSV header, JSON key), the name of
/// its property and column (on <see cref="Measures"/>, <see cref="SummedMeasures"/>, <see cref="Figures"/> and the
/// tables), the columns of Biểu 06 it stands for, and its labels.
/// </summary>
public sealed record Measure(string Name, string Column, MeasureKind Kind, IReadOnlyList<int> FormColumns, string Vi, string En)
{
    /// <summary>Its position in <see cref="MeasureCatalogue.All"/>, set once by the catalogue.</summary>
    public int Index { get; internal set; }

    /// <summary>The one column of the form that holds it, or null for received, which is (4)+(5).</summary>
    public int? FormColumn => FormColumns.Count == 1 ? FormColumns[0] : null;

    /// <summary>The form's column numbers as officials write them: "(4)", "(4)+(5)".</summary>
    public string FormColumnText => string.Join("+", FormColumns.Select(c => $"({c})"));

    public string Label(Language language) => language == Language.Vi ? Vi : En;

    /// <summary>The label with the form's column numbers: "Tiếp nhận trực tuyến (4)".</summary>
    public string LabelWithColumns(Language language) => $"{Label(language)} {FormColumnText}";

    public int? Of(Measures values) => MeasureProperties<Measures, int?>.Get(this, values);

    public Measures With(Measures values, int? value) => MeasureProperties<Measures, int?>.With(this, values, value);

    public Quantity Of(Figures figures) => MeasureProperties<Figures, Quantity>.Get(this, figures);

    public MeasureSum Of(SummedMeasures sums) => MeasureProperties<SummedMeasures, MeasureSum>.Get(this, sums);
}
