using System.Text;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Forms;

/// <summary>
/// Finds the province or commune a phrase names: "UBND tỉnh Phú Thọ", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh đã…",
/// "UBND phường Thanh Miếu, tỉnh Phú Thọ". The name is the longest run of up to four words after an administrative
/// prefix that names a known unit, so the sentence may go on after it.
/// </summary>
public static partial class UnitMention
{
    /// <param name="Text">The phrase as written ("tỉnh Phú Thọ"), empty when nothing was found.</param>
    public sealed record Found(Province? Province, Commune? Commune, string Text);

    public static Found Resolve(string text, UnitDirectory units)
    {
        var t = text.Normalize(NormalizationForm.FormC);
        Province? province = null;
        Commune? commune = null;
        string provinceText = "", communeText = "";
        foreach (Match m in Prefix().Matches(t))
        {
            var isCommune = m.Groups["kind"].Value.ToLowerInvariant() is "xã" or "phường" or "đặc khu";
            var words = Words().Match(t, m.Index + m.Length).Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(4, words.Length); n >= 1; n--)
            {
                var name = string.Join(' ', words.Take(n));
                if (isCommune)
                {
                    var match = province is null ? units.FindCommuneAnywhere(name) : units.FindCommune(name, province.Code);
                    if (match.Item is not { } c) continue;
                    (commune, communeText) = (c, m.Value + name);
                }
                else
                {
                    if (units.FindProvince(name).Item is not { } p) continue;
                    (province, provinceText) = (p, m.Value + name);
                    if (commune is not null && commune.ProvinceCode != p.Code) commune = null;
                }
                break;
            }
        }
        if (province is null && commune is null && HoChiMinhCity().Match(t) is { Success: true } hcm && units.FindProvince("79").Item is { } city)
            (province, provinceText) = (city, hcm.Value);
        if (commune is not null && province is null) province = units.FindProvince(commune.ProvinceCode).Item;
        return new Found(province, commune, commune is not null ? communeText : provinceText);
    }

    /// <summary>
    /// Every unit a text names, in order, with where it starts: "tỉnh An Giang ... và đặc khu Phú Quốc" gives two.
    /// A province written right after a place of its own ("phường Thanh Miếu, tỉnh Phú Thọ", "TP. Nha Trang (tỉnh Khánh
    /// Hòa)") only qualifies it. A place with a proper name that is no unit of the list (a former district, "huyện Côn
    /// Đảo", "TP Đà Lạt") is a unit the reader cannot place: it comes back with neither province nor commune.
    /// A commune name is looked up in <paramref name="provinceCode"/> first, the province the reader already has in mind.
    /// </summary>
    public static IReadOnlyList<(int Index, Found Unit)> ResolveAll(string text, UnitDirectory units, string? provinceCode = null)
    {
        var mentions = new List<(int Index, int End, Found Unit)>();
        var read = new List<(int Index, int End)>();
        foreach (Match m in Place().Matches(text))
        {
            var kind = m.Groups["kind"].Value.ToLowerInvariant();
            var isCommune = kind is "xã" or "phường" or "đặc khu";
            var formerDistrict = kind is "huyện" or "quận" or "thị xã" || kind.StartsWith("tx", StringComparison.Ordinal);
            var words = Words().Match(text, m.Index + m.Length).Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var context = mentions.Count > 0 ? mentions[^1].Unit.Province?.Code ?? provinceCode : provinceCode;
            var found = false;
            for (var n = Math.Min(4, words.Length); n >= 1 && !formerDistrict && !found; n--)
            {
                var name = string.Join(' ', words.Take(n));
                var end = m.Index + m.Length + name.Length;
                if (isCommune)
                {
                    var match = context is not null && units.FindCommune(name, context).Item is { } inContext ? inContext : units.FindCommuneAnywhere(name).Item;
                    if (match is not { } c) continue;
                    mentions.Add((m.Index, end, new Found(units.FindProvince(c.ProvinceCode).Item, c, m.Value + name)));
                }
                else
                {
                    if (units.FindProvince(name).Item is not { } p) continue;
                    var last = mentions.Count > 0 ? mentions[^1] : default;
                    var qualifies = last.Unit is { } place && (place.Commune is not null || place.Province is null)
                        && Qualifier().IsMatch(text[last.End..m.Index]) && (place.Commune is null || place.Commune.ProvinceCode == p.Code);
                    if (!qualifies) mentions.Add((m.Index, end, new Found(p, null, m.Value + name)));
                }
                read.Add((m.Index, end));
                found = true;
            }
            if (found) continue;
            var proper = ProperName().Match(text, m.Index + m.Length);
            if (!proper.Success) continue;
            // A commune name found in several provinces, placed by the province that follows it: "xã Mỹ Thuận (tỉnh Vĩnh Long)".
            if (isCommune && CommuneIn(proper.Value, ProvinceAfter(text, proper.Index + proper.Length, units), units) is { } placed)
            {
                mentions.Add((m.Index, proper.Index + proper.Length, new Found(units.FindProvince(placed.ProvinceCode).Item, placed, m.Value + proper.Value)));
                read.Add((m.Index, proper.Index + proper.Length));
                continue;
            }
            mentions.Add((m.Index, proper.Index + proper.Length, new Found(null, null, m.Value + proper.Value)));
            read.Add((m.Index, proper.Index + proper.Length));
        }
        bool Read(int index) => read.Any(x => x.Index <= index && index < x.End);
        // News often names a province bare ("tỷ lệ đúng hạn của Hà Tĩnh đạt 99,84%"): a run of capitalised words that is one.
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = WordInRun().Matches(run.Value).ToList();
            var found = false;
            for (var first = 0; first < words.Count && !found; first++)
                for (var n = Math.Min(4, words.Count - first); n >= 1 && !found; n--)
                {
                    var last = words[first + n - 1];
                    var name = run.Value[words[first].Index..(last.Index + last.Length)];
                    if (Read(run.Index + words[first].Index) || units.FindProvince(name).Item is not { } p) continue;
                    mentions.Add((run.Index + words[first].Index, run.Index + last.Index + last.Length, new Found(p, null, name)));
                    found = true;
                }
        }
        foreach (Match hcm in HoChiMinhCity().Matches(text))
            if (!Read(hcm.Index) && !mentions.Any(x => x.Index <= hcm.Index && hcm.Index < x.End) && units.FindProvince("79").Item is { } city)
                mentions.Add((hcm.Index, hcm.Index + hcm.Length, new Found(city, null, hcm.Value)));
        return mentions.OrderBy(x => x.Index).Select(x => (x.Index, x.Unit)).ToList();
    }

    /// <summary>The province written right after a place, as its qualifier: ", tỉnh Vĩnh Long" or " (tỉnh Vĩnh Long)".</summary>
    private static Province? ProvinceAfter(string text, int at, UnitDirectory units)
    {
        var prefix = QualifyingProvince().Match(text, at);
        if (!prefix.Success) return null;
        var words = Words().Match(text, prefix.Index + prefix.Length).Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(4, words.Length); n >= 1; n--)
            if (units.FindProvince(string.Join(' ', words.Take(n))).Item is { } p) return p;
        return null;
    }

    private static Commune? CommuneIn(string properName, Province? province, UnitDirectory units)
    {
        if (province is null) return null;
        var words = properName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(4, words.Length); n >= 1; n--)
            if (units.FindCommune(string.Join(' ', words.Take(n)), province.Code).Item is { } c) return c;
        return null;
    }

    [GeneratedRegex(@"\G\s*[,(]\s*(?:tỉnh|thành\s+phố|TP\.?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex QualifyingProvince();

    // Written without an administrative prefix the usual way: "TPHCM", "TP.HCM", "TP HCM".
    [GeneratedRegex(@"(?<![\p{L}])(?:TP\.?\s?HCM|TPHCM)(?![\p{L}])")]
    private static partial Regex HoChiMinhCity();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordInRun();

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>tỉnh|thành phố|TP\.?|xã|phường|đặc khu|huyện|quận|thị xã|TX\.?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Place();

    // Between a place and the province that qualifies it: ", " or " (".
    [GeneratedRegex(@"^\s*[,(]\s*$")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\G\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>tỉnh|thành phố|TP\.?|xã|phường|đặc khu)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\G(?<words>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)*)")]
    private static partial Regex Words();
}
