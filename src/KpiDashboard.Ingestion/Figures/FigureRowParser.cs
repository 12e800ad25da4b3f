using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>Turns one table row into a <see cref="FigureRow"/>, or into every error the row has.</summary>
/// <param name="today">Vietnam's today: a row of a later month is refused (none when null).</param>
public sealed class FigureRowParser(UnitDirectory units, IReadOnlyDictionary<FigureColumn, int> columns, DateOnly? today = null)
{
    // The cell index of each column, -1 where the file lacks it: read for every cell of a national file.
    private readonly int[] _index = Enum.GetValues<FigureColumn>().Select(c => columns.GetValueOrDefault(c, -1)).ToArray();

    public FigureRow? Parse(TableRow row, IngestErrors errors)
    {
        var before = errors.Count;
        var period = ParsePeriod(row, errors);
        // Each row in the units of its own month: a file may mix June and July 2025.
        var era = period is { } month ? units.For(month.Key) : units;
        var province = ParseProvince(row, era, period, errors);
        var commune = province is null ? null : ParseCommune(row, era, period, province, errors);
        var district = province is null ? null : ParseDistrict(row, era, period, province, commune, errors);
        var field = ParseField(row, errors);

        var values = new Measures();
        foreach (var m in MeasureCatalogue.All) values = m.With(values, Count(row, m.FigureColumn(), errors));
        foreach (var v in IdentityRules.Check(values))
            errors.Add(new IngestError(row.Number, v.Columns, "", "identity_broken",
                $"Số liệu không khớp đẳng thức của biểu mẫu: {v.Message}", $"Figures break an identity of the form: {v.MessageEn}"));

        if (errors.Count > before || period is null || province is null || field is null) return null;
        return new FigureRow(row.Number, new FactKey(period.Value.Key, province.Code, commune?.Code ?? (district is null ? null : DistrictKey.Of(district.Code)), field.Code), values.WithDerivedTotals());
    }

    /// <summary>Today's province of a parsed row, which access is granted on (an old province's successor).</summary>
    public string ProvinceToday(FactKey key) => units.ProvinceToday(key.Period, key.ProvinceCode);

    private string Text(TableRow row, FigureColumn column) =>
        _index[(int)column] is var index and >= 0 ? row.Cell(index).Trim() : "";

    private static string Name(FigureColumn column) => FigureHeaders.CanonicalNames[column];

    private Month? ParsePeriod(TableRow row, IngestErrors errors)
    {
        var text = Text(row, FigureColumn.Period);
        if (Month.TryParseText(text, out var month))
        {
            // The dashboards open on the latest month of any province's facts: one row of July 2099 moved every reader there.
            if (today is not { } day || month <= Month.Of(day)) return month;
            errors.Add(new IngestError(row.Number, Name(FigureColumn.Period), text, "period_in_future",
                $"Kỳ báo cáo {month} sau tháng hiện tại ({Month.Of(day)}): chưa thể có số liệu.",
                $"The reporting period {month} is after the current month ({Month.Of(day)}): it cannot have figures yet."));
            return null;
        }
        errors.Add(text.Length == 0
            ? Missing(row, FigureColumn.Period)
            : new IngestError(row.Number, Name(FigureColumn.Period), text, "bad_period",
                $"Kỳ báo cáo không hợp lệ '{text}': cần một tháng, ví dụ 2025-07, 07/2025 hoặc tháng 7/2025.",
                $"Invalid period '{text}': expected a month such as 2025-07, 07/2025 or tháng 7/2025."));
        return null;
    }

    private Province? ParseProvince(TableRow row, UnitDirectory era, Month? period, IngestErrors errors)
    {
        var text = Text(row, FigureColumn.Province);
        if (text.Length == 0)
        {
            errors.Add(Missing(row, FigureColumn.Province));
            return null;
        }
        var match = era.FindProvince(text);
        if (match.Item is { } province) return province;
        if (match.Status == NameMatchStatus.NotFound && OtherEra(period) is var (history, old) && (old ? history.Old : history.Today).FindProvince(text).Item is { } other)
        {
            var (vi, en) = old ? history.WhereWent(other) : UnitHistory.NotYet(other.FullName, other.Code, period!.Value.Key);
            errors.Add(new IngestError(row.Number, Name(FigureColumn.Province), text, old ? "unit_merged" : "unit_not_yet", vi, en));
            return null;
        }
        errors.Add(NotFound(row, FigureColumn.Province, text, match.Status, "unknown_province", "tỉnh/thành phố", "province"));
        return null;
    }

    private Commune? ParseCommune(TableRow row, UnitDirectory era, Month? period, Province province, IngestErrors errors)
    {
        var text = Text(row, FigureColumn.Commune);
        if (text.Length == 0) return null;
        var match = era.FindCommune(text, province.Code);
        if (match.Item is { } commune) return commune;
        if (match.Status == NameMatchStatus.NotFound && OtherEra(period) is var (history, old)
            && (old ? history.OldCommuneIn(text, province.Code) : history.NewCommuneIn(text, province.Code)) is { } other)
        {
            var (vi, en) = old ? history.WhereWent(other) : UnitHistory.NotYet(other.FullName, other.Code, period!.Value.Key);
            errors.Add(new IngestError(row.Number, Name(FigureColumn.Commune), text, old ? "unit_merged" : "unit_not_yet", vi, en));
            return null;
        }
        if (match.Status == NameMatchStatus.NotFound && era.FindCommuneAnywhere(text).Item is { } elsewhere)
        {
            errors.Add(new IngestError(row.Number, Name(FigureColumn.Commune), text, "commune_outside_province",
                $"Xã/phường '{text}' ({elsewhere.Code}) không thuộc {province.FullName} ({province.Code}).",
                $"Commune '{text}' ({elsewhere.Code}) is not in province {province.Name} ({province.Code})."));
            return null;
        }
        errors.Add(NotFound(row, FigureColumn.Commune, text, match.Status, "unknown_commune", $"xã/phường của {province.FullName}", $"commune of {province.Name}"));
        return null;
    }

    /// <summary>
    /// The old district of a row: alone, the row is the district's own figures (the form's "cấp huyện"); beside a commune,
    /// it must be the commune's district. Districts exist only in months before July 2025.
    /// </summary>
    private District? ParseDistrict(TableRow row, UnitDirectory era, Month? period, Province province, Commune? commune, IngestErrors errors)
    {
        var text = Text(row, FigureColumn.District);
        if (text.Length == 0 || period is not { } month) return null;
        var name = Name(FigureColumn.District);
        if (!UnitValidity.IsOldPeriod(month.Key))
        {
            var day = UnitHistory.Date(UnitValidity.MergerDay);
            errors.Add(new IngestError(row.Number, name, text, "district_abolished",
                $"Cấp huyện đã bỏ từ {day}: kỳ {month.Number:00}/{month.Year} không có quận/huyện; để trống cột này.",
                $"Districts were abolished on {day}: {month.Number:00}/{month.Year} has no districts; leave this column empty."));
            return null;
        }
        var match = era.FindDistrict(text, province.Code);
        if (match.Item is not { } district)
        {
            errors.Add(match.Status == NameMatchStatus.Ambiguous
                ? new IngestError(row.Number, name, text, "ambiguous_name",
                    $"'{text}' khớp nhiều hơn một quận/huyện của {province.FullName}; hãy dùng mã.",
                    $"'{text}' matches more than one district of {province.Name}; use the code.")
                : new IngestError(row.Number, name, text, "unknown_district",
                    $"Không tìm thấy quận/huyện '{text}' của {province.FullName} ({province.Code}) trong kỳ {month.Number:00}/{month.Year}.",
                    $"Unknown district '{text}' of {province.Name} ({province.Code}) in {month.Number:00}/{month.Year}."));
            return null;
        }
        if (commune is not null && commune.DistrictCode != district.Code)
        {
            errors.Add(new IngestError(row.Number, name, text, "commune_outside_district",
                $"{commune.FullName} ({commune.Code}) không thuộc {district.FullName} ({district.Code}).",
                $"{commune.FullName} ({commune.Code}) is not in {district.FullName} ({district.Code})."));
            return null;
        }
        return district;
    }

    /// <summary>The other set of units than the month's, to explain a name that belongs to it; null without history.</summary>
    private (UnitHistory History, bool Old)? OtherEra(Month? period) =>
        units.History is { } history && period is { } month ? (history, !UnitValidity.IsOldPeriod(month.Key)) : null;

    private Field? ParseField(TableRow row, IngestErrors errors)
    {
        var text = Text(row, FigureColumn.Field);
        if (text.Length == 0)
        {
            errors.Add(Missing(row, FigureColumn.Field));
            return null;
        }
        var match = units.FindField(text);
        if (match.Item is { } field) return field;
        errors.Add(NotFound(row, FigureColumn.Field, text, match.Status, "unknown_field", "lĩnh vực", "field"));
        return null;
    }

    private int? Count(TableRow row, FigureColumn column, IngestErrors errors)
    {
        if (_index[(int)column] < 0) return null;
        var text = Text(row, column);
        var outcome = CountParser.TryParse(text, out var value);
        if (outcome is CountParser.Outcome.Ok or CountParser.Outcome.Empty) return value;
        var name = Name(column);
        switch (outcome)
        {
            case CountParser.Outcome.Negative:
                errors.Add(new IngestError(row.Number, name, text, "negative_count",
                    $"Số hồ sơ không được âm: '{text}'.", $"A dossier count cannot be negative: '{text}'."));
                break;
            case CountParser.Outcome.Fractional:
                errors.Add(new IngestError(row.Number, name, text, "fractional_count",
                    $"Số hồ sơ phải là số nguyên: '{text}'.", $"A dossier count must be a whole number: '{text}'."));
                break;
            default:
                errors.Add(new IngestError(row.Number, name, text, "bad_count",
                    $"Không đọc được số hồ sơ '{text}'.", $"Not a dossier count: '{text}'."));
                break;
        }
        return null;
    }

    private static IngestError Missing(TableRow row, FigureColumn column) =>
        new(row.Number, Name(column), "", "missing_value", $"Thiếu giá trị cột '{Name(column)}'.", $"Missing value in column '{Name(column)}'.");

    private static IngestError NotFound(TableRow row, FigureColumn column, string text, NameMatchStatus status, string code, string whatVi, string whatEn) =>
        status == NameMatchStatus.Ambiguous
            ? new(row.Number, Name(column), text, "ambiguous_name",
                $"'{text}' khớp nhiều hơn một {whatVi}; hãy dùng mã hoặc tên có dấu.",
                $"'{text}' matches more than one {whatEn}; use the code or the name with diacritics.")
            : new(row.Number, Name(column), text, code,
                $"Không tìm thấy {whatVi} '{text}'.", $"Unknown {whatEn} '{text}'.");
}
