using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>An <see cref="IngestScope"/> looked up: the province is set whenever the commune is.</summary>
public sealed record ResolvedScope(Province? Province, Commune? Commune, Month? Month, Field? Field)
{
    public static ResolvedScope Resolve(IngestScope? scope, UnitDirectory units, IngestErrors errors)
    {
        if (scope is null) return new ResolvedScope(null, null, null, null);
        Province? province = null;
        Commune? commune = null;
        Month? month = null;
        Field? field = null;
        if (scope.Period is { Length: > 0 } text)
        {
            if (KpiDashboard.Metrics.Periods.Month.TryParseText(text, out var m)) month = m;
            else errors.Add(new IngestError(0, "--period", text, "bad_period",
                $"Kỳ báo cáo không hợp lệ '{text}': cần một tháng, ví dụ 2025-07.", $"Invalid period '{text}': expected a month such as 2025-07."));
        }
        // Units of the month given (old ones before July 2025), today's without a month.
        var all = units;
        if (month is { } given) units = units.For(given.Key);
        if (scope.Province is { Length: > 0 } p)
        {
            var match = units.FindProvince(p);
            province = match.Item;
            if (province is null) errors.Add(Option("--province", p, match.Status, "unknown_province", "tỉnh/thành phố", "province"));
        }
        if (scope.Commune is { Length: > 0 } c)
        {
            var match = province is null ? units.FindCommuneAnywhere(c) : units.FindCommune(c, province.Code);
            commune = match.Item;
            if (commune is null) errors.Add(Option("--commune", c, match.Status, "unknown_commune", "xã/phường", "commune"));
            else province ??= units.FindProvince(commune.ProvinceCode).Item;
        }
        if (scope.Field is { Length: > 0 } f)
        {
            var match = all.FindField(f);
            field = match.Item;
            if (field is null) errors.Add(Option("--field", f, match.Status, "unknown_field", "lĩnh vực", "field"));
        }
        return new ResolvedScope(province, commune, month, field);
    }

    private static IngestError Option(string option, string text, NameMatchStatus status, string code, string whatVi, string whatEn) =>
        status == NameMatchStatus.Ambiguous
            ? new(0, option, text, "ambiguous_name", $"'{text}' khớp nhiều hơn một {whatVi}; hãy dùng mã.", $"'{text}' matches more than one {whatEn}; use the code.")
            : new(0, option, text, code, $"Không tìm thấy {whatVi} '{text}'.", $"Unknown {whatEn} '{text}'.");
}
