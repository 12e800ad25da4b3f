using KpiDashboard.Ingestion.Forms;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// The figures gathered for one unit, level and period; the first value written for a figure stands, unless it was told
/// roughly and a later one is the exact value near it ("hơn 500.000 hồ sơ" in a headline, "512.340 hồ sơ" in the body).
/// </summary>
internal sealed class NarrativeStatementBuilder(UnitMention.Found? unit, string? level, NarrativePeriods.Phrase? period, bool beforeAnyPeriod, bool beforeAnyUnit)
{
    public UnitMention.Found? Unit { get; private set; } = unit;
    public string? Level { get; } = level;
    public NarrativePeriods.Phrase? Period { get; private set; } = period;

    /// <summary>Started before the passage named any period: a period named later in the passage may still be its own.</summary>
    public bool BeforeAnyPeriod { get; } = beforeAnyPeriod;

    /// <summary>Started before the passage named any unit: a unit named later in the passage may still be its own.</summary>
    public bool BeforeAnyUnit { get; } = beforeAnyUnit;

    public Dictionary<string, NarrativeFigure> Figures { get; } = new(StringComparer.Ordinal);
    public List<(Field Field, Dictionary<string, NarrativeFigure> Figures)> Fields { get; } = [];

    public (string?, string?, string?, DateOnly?, DateOnly?) Key => KeyOf(Unit, Level, Period);

    public static (string?, string?, string?, DateOnly?, DateOnly?) KeyOf(UnitMention.Found? unit, string? level, NarrativePeriods.Phrase? period) =>
        (unit?.Province?.Code, unit?.Commune?.Code, level, period?.Start, period?.End);

    public bool IsEmpty => Figures.Count == 0 && Fields.All(f => f.Figures.Count == 0);

    public void Add(string name, NarrativeFigure figure, Field? field)
    {
        if (field is null)
        {
            Put(Figures, name, figure);
            return;
        }
        var found = Fields.FirstOrDefault(f => f.Field.Code == field.Code);
        if (found.Field is null) Fields.Add(found = (field, new Dictionary<string, NarrativeFigure>(StringComparer.Ordinal)));
        Put(found.Figures, name, figure);
    }

    private static void Put(Dictionary<string, NarrativeFigure> figures, string name, NarrativeFigure figure)
    {
        if (figures.TryAdd(name, figure)) return;
        var there = figures[name];
        if (there.Approximate && !figure.Approximate && Math.Abs(figure.Value - there.Value) <= figure.Value / 10) figures[name] = figure;
    }

    public void TakePeriod(NarrativePeriods.Phrase period) => Period = period;

    public void TakeUnit(UnitMention.Found unit) => Unit = unit;

    public void MergeFrom(NarrativeStatementBuilder other)
    {
        foreach (var (name, figure) in other.Figures) Put(Figures, name, figure);
        foreach (var (field, figures) in other.Fields)
            foreach (var (name, figure) in figures) Add(name, figure, field);
    }

    public NarrativeStatement Build() => new(
        Unit?.Text ?? "", Unit?.Province, Unit?.Commune,
        Period?.Text ?? "", Period?.Start, Period?.End,
        Figures, Fields.Select(f => new NarrativeFieldFigures(f.Field.NameVi, f.Field, f.Figures)).ToList(), Level);
}
