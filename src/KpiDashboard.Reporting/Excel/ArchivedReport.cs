using KpiDashboard.Metrics.Access;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// One archived file, as its period folder's manifest.json records it. <see cref="Coverage"/> is null in manifests written
/// before it was recorded: such a file counts as nation-wide, for readers of every province only.
/// </summary>
public sealed record ArchivedReport(
    string Period,
    string FileName,
    string DisplayName,
    long Length,
    DateTimeOffset CreatedUtc,
    string? CreatedBy,
    int? DataVersion,
    ReportCoverage? Coverage = null)
{
    /// <summary>Whether the reader may see the file: every province it holds is theirs (nation-wide, or unknown: every province).</summary>
    public bool ReadableBy(AccessScope access) => access.CanReadAll(Coverage?.Provinces);

    /// <summary>The path under the reports root, with forward slashes: "2025-07/Bieu06_PhuTho_2025-07.xlsx".</summary>
    public string RelativePath => $"{Period}/{FileName}";
}
