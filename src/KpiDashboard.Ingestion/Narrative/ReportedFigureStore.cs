using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>Saves what a text states as reported figures with their source, apart from the facts.</summary>
public sealed class ReportedFigureStore(KpiDbContext db, TimeProvider time)
{
    public Task<ReportedSource> SaveAsync(string name, string? url, DateOnly referenceDate, string input,
        IReadOnlyList<NarrativeStatement> statements, CancellationToken ct) => SaveAsync(name, url, referenceDate, input, statements, null, ct);

    /// <param name="review">Applies what an analyst decided (discarded, corrected) to the figures, in the order of the
    /// statements, before anything is written: the source and its figures land as decided, in one write.</param>
    public async Task<ReportedSource> SaveAsync(string name, string? url, DateOnly referenceDate, string input,
        IReadOnlyList<NarrativeStatement> statements, Action<IReadOnlyList<ReportedFigure>>? review, CancellationToken ct)
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
                UnitText = Fit(s.UnitLabel, ReportedFigure.UnitTextLength), ProvinceCode = s.Province?.Code, CommuneCode = s.Commune?.Code,
                Level = s.Level, PeriodText = Fit(s.PeriodText, ReportedFigure.PeriodTextLength), Period = s.Month?.Key, FieldCode = field,
                Measure = measure, Value = f.Value, Approximate = f.Approximate, Sentence = Fit(f.Sentence, ReportedFigure.SentenceLength),
                Start = f.Start, End = f.End,
            };
            source.Figures.AddRange(s.Figures.Select(f => Figure(f.Key, f.Value, null)));
            foreach (var field in s.Fields)
                source.Figures.AddRange(field.Figures.Select(f => Figure(f.Key, f.Value, field.Field?.Code)));
        }
        review?.Invoke(source.Figures);
        db.ReportedSources.Add(source);
        await db.SaveChangesAsync(ct);
        return source;
    }

    /// <summary>
    /// A text as its column holds it: a period such as "Từ khi triển khai … (01/01/2025) đến 31/07/2025" runs past the
    /// column's 100 characters, which PostgreSQL refuses (the whole save failed); whitespace runs are one space first.
    /// </summary>
    private static string Fit(string text, int length)
    {
        if (text.Length <= length) return text;
        var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= length ? single : single[..(length - 1)] + "…";
    }
}
