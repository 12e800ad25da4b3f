using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// Where a sentence turns to one level of government: "cấp tỉnh" or "các sở, ban, ngành" (provincial agencies),
/// "cấp huyện", "các quận, huyện" or "12 huyện, thành phố" (districts), "cấp xã", "cấp phường" or "các xã, phường" (communes), or back to the whole unit
/// ("toàn tỉnh", or "Tỉnh" alone as the subject of a count: "Tỉnh tiếp nhận 85.000 hồ sơ"). Levels written together ("cấp huyện, cấp xã") are one group; a group with both the provincial and the
/// commune level is the whole unit.
/// </summary>
internal static partial class NarrativeLevels
{
    /// <param name="Level">"province", "district", "commune" or several of them joined by commas; null for the whole unit.</param>
    public sealed record Marker(int Index, int End, string? Level);

    private static readonly string[] Order = ["province", "district", "commune"];

    /// <summary>
    /// The level of an unnamed "UBND thành phố" or "UBND thị xã" set against its communes: the city's own desk, which the reader
    /// turns into the district level of a former city, or the provincial level of a centrally-run one.
    /// </summary>
    public const string Desk = "desk";

    public static IReadOnlyList<Marker> In(string sentence)
    {
        var groups = new List<(int Index, int End, HashSet<string> Levels, bool Whole)>();
        foreach (Match m in Level().Matches(sentence))
        {
            // "17 đơn vị, sở, ngành", "148 xã, phường", "134 thủ tục cấp xã" count units or procedures: not a level of the
            // figures, unless those units do what the figures count ("91 xã, phường, thị trấn trên địa bàn tỉnh đã tiếp nhận").
            var before = sentence[Math.Max(0, m.Index - 25)..m.Index];
            // "cấp tỉnh tiếp nhận 1.200 hồ sơ, cấp xã 5.000 hồ sơ": a count of dossiers before a level ends its clause; it counts no units.
            var counting = !m.Value.StartsWith("các", StringComparison.OrdinalIgnoreCase) && Counted().Match(before) is { Success: true } c
                && !DossiersCounted().IsMatch(c.Value) ? c : null;
            if (counting is not null && (LevelsCounted().IsMatch(before + m.Value)
                || !StartsClause(sentence, m.Index - before.Length + counting.Index) || !ActsNext().IsMatch(sentence[(m.Index + m.Length)..])))
                continue;
            var level = m.Groups["province"].Success ? "province" : m.Groups["district"].Success ? "district"
                : m.Groups["commune"].Success ? "commune" : m.Groups["self"].Success ? "self" : m.Groups["desk"].Success ? Desk : null;
            if (groups.Count > 0 && Joins(sentence[groups[^1].End..m.Index]))
            {
                var g = groups[^1];
                if (level is not null) g.Levels.Add(level);
                groups[^1] = (g.Index, m.Index + m.Length, g.Levels, g.Whole && level is null);
                continue;
            }
            groups.Add((m.Index, m.Index + m.Length, level is null ? [] : [level], level is null));
        }
        // "UBND thành phố" unnamed is the city's own desk only beside its communes ("…; UBND cấp xã tiếp nhận …"); else it says nothing.
        groups.RemoveAll(g => g.Levels.SetEquals([Desk]) && !groups.Any(later => later.Index > g.Index && later.Levels.Contains("commune")));
        // All the levels of the unit together are the unit: the province and its communes, or a district ("UBND huyện") and its communes.
        return groups.Select(g => new Marker(g.Index, g.End, g.Whole || (g.Levels.Contains("province") && g.Levels.Contains("commune"))
            || ((g.Levels.Contains("self") || g.Levels.Contains(Desk)) && g.Levels.Contains("commune"))
            ? null : g.Levels.SetEquals([Desk]) ? Desk : !Order.Any(g.Levels.Contains) ? null : string.Join(',', Order.Where(g.Levels.Contains)))).ToList();
    }

    /// <summary>The counted units are the subject of their clause ("Năm 2021, 91 xã, phường … đã tiếp nhận"), not an object ("tập huấn cho 148 xã").</summary>
    private static bool StartsClause(string sentence, int number) =>
        sentence[(sentence.LastIndexOfAny([',', ';', ':'], Math.Max(0, number - 1)) + 1)..number].Trim().Length == 0;

    private static bool Joins(string between)
    {
        var words = VietnameseText.PlainKey(between).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return between.Length <= 24 && words.All(w => w is "va" or "ubnd" or "cac" or "cap" or "o" or "tai" || w.All(char.IsAsciiDigit));
    }

    [GeneratedRegex(@"(?<![0-9/.,])[0-9][0-9.]*\s+(?:\p{L}+[\s,]+){0,3}$")]
    private static partial Regex Counted();

    [GeneratedRegex(@"^[0-9.]+\s+(?:bộ\s+|lượt\s+)?(?:hồ\s+sơ|HS)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DossiersCounted();

    // "2 cấp huyện và xã" counts levels.
    [GeneratedRegex(@"[0-9]\s+cấp\s+\p{L}+$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelsCounted();

    [GeneratedRegex(@"^[^0-9;.]{0,40}?\b(?:tiếp\s+nhận|giải\s+quyết|xử\s+lý)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActsNext();


    [GeneratedRegex(@"(?<!\p{L})(?:(?<province>cấp\s+tỉnh|khối\s+(?:các\s+)?(?:sở|tỉnh)\b(?:,\s*(?:ban,?\s*)?ngành)?|(?:các\s+)?cơ\s+quan\s+chuyên\s+môn\s+(?:thuộc|của)\s+UBND\s+tỉnh|(?:các\s+)?(?:ban,\s*)?sở,\s*(?:ban,?\s*)?ngành(?:\s+cấp\s+tỉnh)?)|(?<district>cấp\s+(?:huyện|quận)|khối\s+(?:các\s+)?(?:huyện|quận)|(?:các\s+)?thị\s+xã,\s*thành\s+phố|huyện,\s*thị\s+xã|các\s+(?:huyện|quận)|huyện,\s*(?:thị\s+xã,\s*)?thành\s+phố|quận,\s*huyện)|(?<commune>cấp\s+(?:xã|phường)|khối\s+(?:các\s+)?(?:xã|phường)|các\s+(?:xã|phường)(?:,\s*(?:xã|phường|thị\s+trấn|đặc\s+khu))*|xã,\s*(?:phường|thị\s+trấn)(?:,\s*thị\s+trấn)?|phường,\s*xã)|(?<self>(?:UBND|của)\s+huyện(?=\s+và\b))|(?<desk>UBND\s+(?:thành\s+phố|thị\s+xã)(?![\s.]*(?-i:\p{Lu})))|(?<whole>toàn\s+tỉnh|toàn\s+thành\s+phố|trên\s+địa\s+bàn\s+(?:tỉnh|thành\s+phố)|tỉnh(?<=(?:^|[,;:])\s*tỉnh)(?=\s+(?:(?:đã|cũng|đang)\s+)?(?:tiếp\s+nhận|giải\s+quyết|xử\s+lý)\b)))", RegexOptions.IgnoreCase)]
    private static partial Regex Level();
}
