using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Metrics.Queries;

/// <summary>Turns what a person typed (codes or names of province, commune, field) into a <see cref="Scope"/>.</summary>
public static class ScopeResolver
{
    public sealed record Resolution(Scope? Scope, string? Error, string? ErrorEn);

    public static Resolution Resolve(UnitDirectory units, string? province, string? commune, string? field)
    {
        string? provinceCode = null, communeCode = null, fieldCode = null;
        if (!string.IsNullOrWhiteSpace(province))
        {
            var match = units.FindProvince(province);
            if (match.Item is null) return Fail($"Không tìm thấy tỉnh/thành phố '{province}'.", $"Unknown province '{province}'.");
            provinceCode = match.Item.Code;
        }
        if (!string.IsNullOrWhiteSpace(commune))
        {
            var match = provinceCode is null ? units.FindCommuneAnywhere(commune) : units.FindCommune(commune, provinceCode);
            if (match.Item is null) return Fail($"Không tìm thấy xã/phường '{commune}'.", $"Unknown commune '{commune}'.");
            communeCode = match.Item.Code;
            provinceCode = match.Item.ProvinceCode;
        }
        if (!string.IsNullOrWhiteSpace(field))
        {
            var match = units.FindField(field);
            if (match.Item is null) return Fail($"Không tìm thấy lĩnh vực '{field}'.", $"Unknown field '{field}'.");
            fieldCode = match.Item.Code;
        }
        return new Resolution(new Scope(provinceCode, communeCode, fieldCode), null, null);
    }

    private static Resolution Fail(string message, string messageEn) => new(null, message, messageEn);
}
