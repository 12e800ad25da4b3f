using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Reported;

/// <summary>Reads a text for the reported-figures page: its statements, their figures numbered as the store saves them, and the text cut for highlighting.</summary>
public sealed class ReportedPageBuilder(KpiDbContext db, AccessScope scope)
{
    public async Task<IReadOnlyList<NarrativeStatement>> StatementsAsync(string plain, DateOnly reference, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var fields = await db.Fields.AsNoTracking().ToListAsync(ct);
        return NarrativeExtractor.Extract(plain, units, fields, reference, ct);
    }

    /// <summary>The figures of the statements, numbered in the order <see cref="ReportedFigureStore"/> saves them.</summary>
    public List<ReportedDraftFigure> Flatten(IReadOnlyList<NarrativeStatement> statements)
    {
        var list = new List<ReportedDraftFigure>();
        foreach (var s in statements)
        {
            ReportedDraftFigure Draft(string measure, NarrativeFigure f, NarrativeFieldFigures? field) => new(
                list.Count, s.UnitLabel, s.Province?.Code, s.Commune?.Code, s.PeriodText, s.Month?.FirstDay, field?.FieldText, field?.Field?.Code,
                measure, f, ReportedScope.InScope(scope, s.Province?.Code, s.Commune?.Code));
            foreach (var (measure, f) in s.Figures) list.Add(Draft(measure, f, null));
            foreach (var field in s.Fields)
                foreach (var (measure, f) in field.Figures) list.Add(Draft(measure, f, field));
        }
        return list;
    }

    /// <summary>The page once a text was read: the text with its figures marked, and the figure table.</summary>
    public async Task<ReportedPageModel> ReadAsync(string plain, DateOnly reference, string? url, string name, long limitBytes, CancellationToken ct)
    {
        var figures = Flatten(await StatementsAsync(plain, reference, ct));
        return new ReportedPageModel
        {
            Text = plain, ReferenceDate = reference.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Url = url?.Trim(), Name = name,
            Figures = figures, Segments = Segment(plain, figures), LimitBytes = limitBytes,
        };
    }

    /// <summary>The text cut into plain pieces and figure pieces; a figure overlapping an earlier one is listed but not marked twice.</summary>
    private static List<ReportedSegment> Segment(string text, IReadOnlyList<ReportedDraftFigure> figures)
    {
        var segments = new List<ReportedSegment>();
        var at = 0;
        foreach (var f in figures.Where(f => f.Figure.Start >= 0 && f.Figure.End <= text.Length && f.Figure.End > f.Figure.Start).OrderBy(f => f.Figure.Start))
        {
            if (f.Figure.Start < at) continue;
            if (f.Figure.Start > at) segments.Add(new ReportedSegment(text[at..f.Figure.Start], null));
            segments.Add(new ReportedSegment(text[f.Figure.Start..f.Figure.End], f));
            at = f.Figure.End;
        }
        if (at < text.Length) segments.Add(new ReportedSegment(text[at..], null));
        return segments;
    }
}
