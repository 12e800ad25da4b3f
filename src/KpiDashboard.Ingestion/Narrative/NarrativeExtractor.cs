using KpiDashboard.Ingestion.Forms;
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
        TakeTheOnlyPlace(statements, reader.UnitsNamed, reader.PeriodsNamed);
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
    /// Where a figure is placed, when its own sentence does not say: a figure takes the unit and period written before it in its
    /// sentence, else the sentence's first, else the ones in mind from the sentences before (the reader does that). Figures
    /// written before the passage names any unit or period (a headline, a lead) are for the only unit, and the only period,
    /// the passage names: "Tỷ lệ giải quyết đúng hạn đạt 99,5%. Trong tháng 10/2025, tỉnh Khánh Hoà tiếp nhận …"; "An Giang
    /// còn 5.830 hồ sơ quá hạn … tính đến cuối tháng 1-2026". With two or more named, such a figure stays where it is.
    /// </summary>
    private static void TakeTheOnlyPlace(List<NarrativeStatementBuilder> statements, IReadOnlyList<UnitMention.Found> unitsNamed,
        IReadOnlyList<NarrativePeriods.Phrase> named)
    {
        var periods = named.Select(p => (p.Start, p.End, p.Kind)).Distinct().ToList();
        var period = periods.Count == 1 && periods[0].Kind != NarrativePeriods.Kind.OpenEnded ? named[0] : null;
        var units = unitsNamed.DistinctBy(u => (u.Province?.Code, u.Commune?.Code)).ToList();
        var unit = units.Count == 1 ? units[0] : null;
        foreach (var early in statements.Where(s => period is not null && s.Period is null && s.BeforeAnyPeriod).ToList())
        {
            early.TakePeriod(period!);
            Merge(statements, early);
        }
        foreach (var early in statements.Where(s => unit is not null && s.Unit is null && s.BeforeAnyUnit).ToList())
        {
            var same = statements.FirstOrDefault(s => s != early && s.Key == NarrativeStatementBuilder.KeyOf(unit, early.Level, early.Period));
            // A figure the unit already has with another value says the early one is about something else: it stays. A headline's
            // round figure ("đạt gần 100%") is the body's exact one (99,81%) told roughly.
            if (same is not null && early.Figures.Any(f => !f.Value.Approximate && same.Figures.TryGetValue(f.Key, out var there) && there.Value != f.Value.Value)) continue;
            early.TakeUnit(unit!);
            Merge(statements, early);
        }
    }

    private static void Merge(List<NarrativeStatementBuilder> statements, NarrativeStatementBuilder moved)
    {
        var same = statements.FirstOrDefault(s => s != moved && s.Key == moved.Key);
        if (same is null) return;
        same.MergeFrom(moved);
        statements.Remove(moved);
    }
}
