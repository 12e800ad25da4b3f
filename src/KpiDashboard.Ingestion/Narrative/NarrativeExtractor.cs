using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// Reads dossier figures from Vietnamese prose, news and portal pages. <see cref="NarrativeCounts"/> finds the numbers that
/// count dossiers, <see cref="NarrativeMeasures"/> says what each one is, <see cref="NarrativeRates"/> finds the on-time
/// rate, and <see cref="NarrativeReader"/> keeps the unit, level and period in mind from sentence to sentence. What the
/// passage says as a whole is settled here, once every sentence is read.
/// </summary>
public static class NarrativeExtractor
{
    public static IReadOnlyList<NarrativeStatement> Extract(string input, UnitDirectory units, IReadOnlyList<Field> fields, DateOnly referenceDate,
        CancellationToken ct = default)
    {
        var text = NarrativeText.Plain(input);
        var sentences = Sentences(text).ToList();
        var reader = new NarrativeReader(units, fields, referenceDate, text);
        for (var i = 0; i < sentences.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            reader.Read(sentences, i);
        }

        var statements = reader.Statements.ToList();
        DropHandledLevelTotals(statements, reader.HandledTotals);
        TakeTheOnlyPeriod(statements, reader.PeriodsNamed);
        return statements.Where(s => !s.IsEmpty).Select(s => s.Build()).ToList();
    }

    /// <summary>
    /// The longest sentence read as one. Real sentences of reports stay under 700 characters; the reading of a sentence costs
    /// more than its length (each count looks back over the words before it), so a longer run of text is cut at a space or
    /// comma, which keeps the whole extraction linear in the text.
    /// </summary>
    internal const int MaxSentenceChars = 1_000;

    /// <summary>
    /// Sentences as spans: a full stop, "!" or "?" followed by a space ends one (not the dot of 1.234, nor that of "TP. Nha
    /// Trang" or "Q. Bình Tân" before a name), so does a line break, and so does <see cref="MaxSentenceChars"/>.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c == '\n' || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !PlaceAbbreviation(text, i));
            if (!ends)
            {
                if (i + 1 - start < MaxSentenceChars) continue;
                var cut = text.LastIndexOfAny([' ', ',', ';'], i, i - start);
                var end = cut > start ? cut + 1 : i + 1;
                yield return (start, end);
                start = end;
                continue;
            }
            if (i > start) yield return (start, c == '\n' ? i : i + 1);
            start = i + 1;
        }
        if (start < text.Length) yield return (start, text.Length);
    }

    private static bool PlaceAbbreviation(string text, int dot)
    {
        var word = dot;
        // The abbreviations are two letters at most: a long word before the dot is none of them.
        while (word > 0 && dot - word <= 2 && char.IsLetter(text[word - 1])) word--;
        var next = dot + 1;
        while (next < text.Length && text[next] == ' ') next++;
        return text[word..dot] is "TP" or "TX" or "Q" or "P" && next < text.Length && char.IsUpper(text[next])
            && (word == 0 || !char.IsLetterOrDigit(text[word - 1]));
    }

    /// <summary>
    /// When a unit's received total turned out to be the handled total (it includes carried-over dossiers), the "received"
    /// counts of its levels that add up to it are handled totals too: 23.233 + 6.776 + 26.030 = 56.039.
    /// </summary>
    private static void DropHandledLevelTotals(List<NarrativeStatementBuilder> statements, IReadOnlyList<(NarrativeStatementBuilder Target, decimal Value)> handled)
    {
        foreach (var (target, value) in handled)
        {
            var levels = statements.Where(s => s.Level is not null && s.Unit?.Province?.Code == target.Unit?.Province?.Code
                && s.Unit?.Commune?.Code == target.Unit?.Commune?.Code && s.Period?.Start == target.Period?.Start
                && s.Period?.End == target.Period?.End && s.Figures.ContainsKey("received")).ToList();
            if (levels.Count > 1 && levels.Sum(s => s.Figures["received"].Value) == value)
                foreach (var s in levels) s.Figures.Remove("received");
        }
    }

    /// <summary>
    /// Figures written before the passage names its period ("An Giang còn 5.830 hồ sơ quá hạn … tính đến cuối tháng 1-2026")
    /// are for that period when the passage names only one.
    /// </summary>
    private static void TakeTheOnlyPeriod(List<NarrativeStatementBuilder> statements, IReadOnlyList<NarrativePeriods.Phrase> named)
    {
        var periods = named.Select(p => (p.Start, p.End, p.Kind)).Distinct().ToList();
        if (periods.Count != 1 || periods[0].Kind == NarrativePeriods.Kind.OpenEnded) return;
        foreach (var early in statements.Where(s => s.Period is null && s.BeforeAnyPeriod).ToList())
        {
            early.TakePeriod(named[0]);
            var same = statements.FirstOrDefault(s => s != early && s.Key == early.Key);
            if (same is null) continue;
            same.MergeFrom(early);
            statements.Remove(early);
        }
    }
}
