using System.Text.RegularExpressions;
using KpiDashboard.Ingestion.Forms;
using KpiDashboard.Metrics.Names;
using static KpiDashboard.Ingestion.Narrative.NarrativeMeasures;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// "xã A và phường B tiếp nhận lần lượt 420 và 980 hồ sơ", "Quý III và 9 tháng năm 2025, … tương ứng 180.000 và 512.000
/// hồ sơ", "tiếp nhận và giải quyết lần lượt 70.000 và 68.000 hồ sơ": the counts after "lần lượt" or "tương ứng" go one to
/// each of the units, periods or verbs named before it in the clause, in order. When their numbers differ, or two of these
/// are listed at once, the counts are not read: placing them by the usual rule would give every one to the last name.
/// </summary>
internal static partial class NarrativeRespectively
{
    /// <summary>What one count of the list takes instead of the usual placement; <c>Skip</c> when it is not read.</summary>
    public sealed record Share(UnitMention.Found? Unit, NarrativePeriods.Phrase? Period, Family? Verb, bool Skip);

    /// <returns>The counts of the list, by their position in <paramref name="counts"/>; empty when the sentence has none.</returns>
    public static IReadOnlyDictionary<int, Share> In(string sentence, IReadOnlyList<NarrativeCounts.Count> counts,
        IEnumerable<(int Index, UnitMention.Found Unit)> mentions, IReadOnlyList<NarrativePeriods.Phrase> periods)
    {
        var word = Word().Match(sentence);
        if (!word.Success) return new Dictionary<int, Share>();
        var clauseEnd = sentence.IndexOf(';', word.Index) is var semicolon and >= 0 ? semicolon : sentence.Length;
        var clauseStart = sentence.LastIndexOf(';', Math.Max(0, word.Index - 1)) + 1;
        var listed = Enumerable.Range(0, counts.Count).Where(k => counts[k].Index > word.Index && counts[k].Index < clauseEnd).ToList();
        if (listed.Count < 2) return new Dictionary<int, Share>();

        var units = mentions.Where(m => m.Index >= clauseStart && m.Index < word.Index).Select(m => m.Unit)
            .DistinctBy(u => (u.Province?.Code, u.Commune?.Code)).ToList();
        var named = periods.Where(p => p.Index >= clauseStart && p.Index < word.Index && p.Kind != NarrativePeriods.Kind.OpenEnded)
            .DistinctBy(p => (p.Start, p.End)).ToList();
        var verbs = Verb().Matches(VietnameseText.PlainKey(sentence[clauseStart..word.Index]))
            .Select(m => LeadingVerb(m.Value)).OfType<Family>().Distinct().ToList();
        var lists = new[] { units.Count, named.Count, verbs.Count }.Count(n => n >= 2);
        if (lists == 0) return new Dictionary<int, Share>();
        var length = Math.Max(units.Count, Math.Max(named.Count, verbs.Count));
        if (lists > 1 || length != listed.Count) return listed.ToDictionary(k => k, _ => new Share(null, null, null, true));
        return listed.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => new Share(
            units.Count >= 2 ? units[x.i] : null, named.Count >= 2 ? named[x.i] : null, verbs.Count >= 2 ? verbs[x.i] : null, false));
    }

    [GeneratedRegex(@"\b(?:lần\s+lượt|tương\s+ứng)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Word();

    [GeneratedRegex(@"\b(?:tiep nhan|giai quyet|tra ket qua|xu ly)\b")]
    private static partial Regex Verb();
}
