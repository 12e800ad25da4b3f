using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>Saves what a text states as reported figures with their source, apart from the facts.</summary>
public sealed class ReportedFigureStore(KpiDbContext db, TimeProvider time)
{
    public async Task<ReportedSource> SaveAsync(string name, string? url, DateOnly referenceDate, string input,
        IReadOnlyList<NarrativeStatement> statements, CancellationToken ct)
    {
        var source = new ReportedSource
        {
            CreatedUtc = time.GetUtcNow(), Name = name, Url = url, ReferenceDate = referenceDate, Text = NarrativeText.Plain(input),
        };
        foreach (var s in statements)
        {
            // Only a month's figures can stand beside the structured facts (those of the level the text names); a quarter
            // or a year is kept with its text but is not comparable.
            ReportedFigure Figure(string measure, NarrativeFigure f, string? field) => new()
            {
                UnitText = s.UnitLabel, ProvinceCode = s.Province?.Code, CommuneCode = s.Commune?.Code, Level = s.Level,
                PeriodText = s.PeriodText, Period = s.Month?.Key, FieldCode = field, Measure = measure, Value = f.Value,
                Approximate = f.Approximate, Sentence = f.Sentence, Start = f.Start, End = f.End,
            };
            source.Figures.AddRange(s.Figures.Select(f => Figure(f.Key, f.Value, null)));
            foreach (var field in s.Fields)
                source.Figures.AddRange(field.Figures.Select(f => Figure(f.Key, f.Value, field.Field?.Code)));
        }
        db.ReportedSources.Add(source);
        await db.SaveChangesAsync(ct);
        return source;
    }
}
