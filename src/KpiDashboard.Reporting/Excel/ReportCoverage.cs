using System.Text.Json.Serialization;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// What a report holds: the unit it was asked for ("nation", "province:25", "commune:04792"), the field if one, and the
/// provinces whose figures are in it (null: every province). A report made for a reader restricted to some provinces
/// holds only those, whatever unit it names, so a "national" summary of a Phú Thọ officer covers Phú Thọ only.
/// </summary>
public sealed record ReportCoverage(string Unit, string? Field, IReadOnlyList<string>? Provinces)
{
    /// <param name="successor">For an old unit (<see cref="Scope.InOldUnits"/>), today's province it went into: access to
    /// archived files is checked on today's provinces, and old and new codes collide (old 24 is Bắc Giang, today's 24 Bắc Ninh).</param>
    public static ReportCoverage Of(Scope scope, IReadOnlySet<string>? readerProvinces, string? successor = null)
    {
        var unit = scope.CommuneCode is { } c ? $"commune:{c}" : scope.ProvinceCode is { } p ? $"province:{p}" : "nation";
        if (scope.InOldUnits) unit = "old-" + unit;
        IReadOnlyList<string>? provinces = scope.ProvinceCode is { } province ? [scope.InOldUnits && successor is not null ? successor : province]
            : readerProvinces?.Order(StringComparer.Ordinal).ToList();
        return new ReportCoverage(unit, scope.FieldCode, provinces);
    }

    /// <summary>The same for the same report scope: the archive replaces a file only by one of the same coverage.</summary>
    [JsonIgnore]
    public string Key => $"{Unit}|{Field}|{(Provinces is null ? "*" : string.Join(',', Provinces))}";

    // By value, provinces included (a record would compare the list by reference).
    public bool Equals(ReportCoverage? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}
