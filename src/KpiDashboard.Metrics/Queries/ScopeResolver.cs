using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Metrics.Queries;

/// <summary>Turns what a person typed (codes or names of province, commune, field) into a <see cref="Scope"/>.</summary>
public static class ScopeResolver
{
    public sealed record Resolution(Scope? Scope, string? Error, string? ErrorEn);

    /// <param name="oldPeriod">A period (its first month, yyyyMM) before July 2025: a province or commune of that time, not
    /// of today, is then its own old unit (<see cref="Scope.InOldUnits"/>), for the old province's page and form.</param>
    public static Resolution Resolve(UnitDirectory units, string? province, string? commune, string? field, int? oldPeriod = null)
    {
        var today = Resolve(units, province, commune, field);
        // Today's unit first: /provinces/25?period=2024-07 is today's Phú Thọ on comparable figures, not the old one.
        if (today.Scope is null && oldPeriod is { } month && units.For(month) is var old && !ReferenceEquals(old, units)
            && ResolveOld(old, province, commune) is { } inOld)
        {
            var rest = Resolve(units, null, null, field);
            return rest.Scope is null ? rest : new Resolution(inOld with { FieldCode = rest.Scope.FieldCode }, null, null);
        }
        return today;
    }

    private static Resolution Resolve(UnitDirectory units, string? province, string? commune, string? field)
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

    /// <summary>An old province or commune that today's units lack (a code of both times means today's unit).</summary>
    private static Scope? ResolveOld(UnitDirectory old, string? province, string? commune)
    {
        if (string.IsNullOrWhiteSpace(province) && string.IsNullOrWhiteSpace(commune)) return null;
        string? provinceCode = null;
        if (!string.IsNullOrWhiteSpace(province))
        {
            if (old.FindProvince(province).Item is not { } p) return null;
            provinceCode = p.Code;
        }
        if (string.IsNullOrWhiteSpace(commune)) return new Scope(provinceCode, InOldUnits: true);
        var match = provinceCode is null ? old.FindCommuneAnywhere(commune) : old.FindCommune(commune, provinceCode);
        return match.Item is { } c ? new Scope(c.ProvinceCode, c.Code, InOldUnits: true) : null;
    }

    private static Resolution Fail(string message, string messageEn) => new(null, message, messageEn);
}
