namespace KpiDashboard.Metrics.History;

/// <summary>
/// How a district's own figures (the form's "cấp huyện" rows, before 1 July 2025) are filed: in the fact's unit column
/// (CommuneCode) as "H" and the district's three-digit code, a form no commune code has (those are five digits). So a
/// district row is keyed, merged, audited, rolled back, locked by approval and pre-summed like a commune row, and
/// counts in its old province's totals (hence in today's province's comparable series) with no change to the fact key.
/// </summary>
public static class DistrictKey
{
    public const string Prefix = "H";

    public static string Of(string districtCode) => Prefix + districtCode;

    public static bool Is(string? unitCode) => unitCode is { Length: 4 } && unitCode.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The district's code of a district key; null for a commune or the provincial agencies.</summary>
    public static string? DistrictOf(string? unitCode) => Is(unitCode) ? unitCode![Prefix.Length..] : null;
}
