namespace KpiDashboard.Ingestion.Narrative;

/// <summary>One figure read from prose, with where it was found: character offsets into the plain text.</summary>
/// <param name="Approximate">Written with "gần", "hơn", "trên", "khoảng": a rounded figure, not a count.</param>
public sealed record NarrativeFigure(decimal Value, bool Approximate, string Sentence, int Start, int End);
