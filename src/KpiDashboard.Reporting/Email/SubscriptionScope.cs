using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Reporting.Email;

/// <summary>The scope text of a subscription: "nation", "province:CODE" or "commune:CODE".</summary>
public static class SubscriptionScope
{
    public const string Nation = "nation";

    public static string ForProvince(string code) => $"province:{code}";

    public static string ForCommune(string code) => $"commune:{code}";

    /// <summary>The canonical text for what someone typed (codes or names), or an error in both languages.</summary>
    public static (string? Text, string? Error) Normalize(UnitDirectory units, string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.Equals(Nation, StringComparison.OrdinalIgnoreCase)) return (Nation, null);
        var colon = t.IndexOf(':');
        var kind = colon < 0 ? "" : t[..colon].Trim().ToLowerInvariant();
        var value = colon < 0 ? "" : t[(colon + 1)..].Trim();
        if (value.Length > 0 && kind == "province")
        {
            var match = units.FindProvince(value);
            return match.Item is { } p ? (ForProvince(p.Code), null) : (null, $"không tìm thấy tỉnh '{value}' / unknown province '{value}'");
        }
        if (value.Length > 0 && kind == "commune")
        {
            var match = units.FindCommuneAnywhere(value);
            return match.Item is { } c ? (ForCommune(c.Code), null) : (null, $"không tìm thấy xã/phường '{value}' / unknown commune '{value}'");
        }
        return (null, $"phạm vi không hợp lệ '{t}' (nation, province:MÃ, commune:MÃ) / invalid scope '{t}' (nation, province:CODE, commune:CODE)");
    }

    /// <summary>The query scope of stored scope text; the province of a commune comes from the directory.</summary>
    public static Scope ToScope(string text, UnitDirectory units)
    {
        if (text == Nation) return Scope.Nation;
        if (text.StartsWith("province:", StringComparison.Ordinal)) return new Scope(text["province:".Length..]);
        if (text.StartsWith("commune:", StringComparison.Ordinal))
        {
            var code = text["commune:".Length..];
            var commune = units.FindCommuneAnywhere(code).Item;
            return new Scope(commune?.ProvinceCode, code);
        }
        throw new FormatException($"invalid stored scope '{text}'");
    }
}
