namespace KpiDashboard.Metrics.Accounts;

public static class ProvinceList
{
    public static IReadOnlyList<string> Parse(string? codes) =>
        string.IsNullOrWhiteSpace(codes)
            ? []
            : codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.PadLeft(2, '0')).Distinct().Order().ToList();

    public static string Format(IEnumerable<string> codes) => string.Join(',', codes.Order());
}
