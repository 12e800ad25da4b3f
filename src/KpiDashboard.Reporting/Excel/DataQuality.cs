namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// What is missing or inconsistent in a period: provinces with no figures, communes with no figures counted per
/// province, and identity warnings (the first <see cref="NationalSummaryBuilder.MaxWarningsListed"/>, with the total count).
/// </summary>
public sealed record DataQuality(
    IReadOnlyList<UnitRef> ProvincesWithoutFigures,
    IReadOnlyList<CommuneCoverage> Communes,
    IReadOnlyList<IdentityWarning> IdentityWarnings,
    int IdentityWarningCount);
