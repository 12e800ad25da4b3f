using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Reported;

/// <summary>One figure read from the text, numbered in the order the reported-figure store saves them.</summary>
/// <param name="PeriodStart">The first day of the period when it is one month; null for a quarter, a year, a date range or none.</param>
public sealed record ReportedDraftFigure(
    int Index, string UnitText, string? ProvinceCode, string? CommuneCode, string PeriodText, DateOnly? PeriodStart,
    string? FieldText, string? FieldCode, string Measure, NarrativeFigure Figure, bool InScope);

/// <summary>A piece of the text: plain, or the words of one figure (to be wrapped in &lt;mark&gt;).</summary>
public sealed record ReportedSegment(string Text, ReportedDraftFigure? Figure);

/// <summary>The paste/upload page: the form, and once a text was read, the text with its figures and the figure table.</summary>
public sealed class ReportedPageModel
{
    public string? Text { get; init; }
    public string ReferenceDate { get; init; } = "";
    public string? Url { get; init; }
    public string Name { get; init; } = "";
    public string? Problem { get; init; }
    public IReadOnlyList<ReportedDraftFigure> Figures { get; init; } = [];
    public IReadOnlyList<ReportedSegment> Segments { get; init; } = [];
    public bool Read => Text is not null && Problem is null;
    public long LimitBytes { get; init; }
}

/// <summary>One saved figure beside the structured figure (see <see cref="ReconciliationRow"/> for the statuses).</summary>
/// <param name="Unit">The province's name, or the unit as the text wrote it.</param>
/// <param name="Period">yyyy-MM, or the period as the text wrote it.</param>
public sealed record ReconcileLine(
    int SourceId, string? SourceName, string Unit, string? CommuneCode, string? Level, string Period, string? FieldCode, string Measure,
    decimal Reported, bool Approximate, string Sentence, string Status, decimal? Structured, decimal? Difference);

public sealed class ReconcileModel
{
    public string? Province { get; init; }
    public string? Period { get; init; }
    public int? Saved { get; init; }
    public IReadOnlyList<UnitOption> Provinces { get; init; } = [];
    public IReadOnlyList<ReconcileLine> Lines { get; init; } = [];
}
