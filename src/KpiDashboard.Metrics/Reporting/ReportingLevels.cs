namespace KpiDashboard.Metrics.Reporting;

/// <summary>The levels as the command line, JSON and the database write them.</summary>
public static class ReportingLevels
{
    public static string Code(this ReportingLevel level) => level switch
    {
        ReportingLevel.Province => "province",
        ReportingLevel.Agency => "agency",
        _ => "commune",
    };

    public static bool TryParse(string? text, out ReportingLevel level)
    {
        foreach (var candidate in Enum.GetValues<ReportingLevel>())
        {
            if (string.Equals(text?.Trim(), candidate.Code(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = default;
        return false;
    }

    public static string NameVi(this ReportingLevel level) => level switch
    {
        ReportingLevel.Province => "tỉnh",
        ReportingLevel.Agency => "cơ quan cấp tỉnh",
        _ => "xã",
    };
}
