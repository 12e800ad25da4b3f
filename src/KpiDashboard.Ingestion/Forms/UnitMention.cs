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

    // Written without an administrative prefix the usual way: "TPHCM", "TP.HCM", "TP HCM".
    [GeneratedRegex(@"(?<![\p{L}])(?:TP\.?\s?HCM|TPHCM)(?![\p{L}])")]
    private static partial Regex HoChiMinhCity();

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>tỉnh|thành phố|TP\.?|xã|phường|đặc khu)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\G(?<words>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)*)")]
    private static partial Regex Words();
}
