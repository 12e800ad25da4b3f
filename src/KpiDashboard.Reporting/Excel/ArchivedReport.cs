namespace KpiDashboard.Reporting.Excel;

/// <summary>One archived file, as its period folder's manifest.json records it.</summary>
public sealed record ArchivedReport(
    string Period,
    string FileName,
    string DisplayName,
    long Length,
    DateTimeOffset CreatedUtc,
    string? CreatedBy,
    int? DataVersion)
{
    /// <summary>The path under the reports root, with forward slashes: "2025-07/Bieu06_PhuTho_2025-07.xlsx".</summary>
    public string RelativePath => $"{Period}/{FileName}";
}
