using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Demo;

/// <summary>
/// The old units the demo fills before July 2025, once the history units are imported: the 63 old provinces (their
/// provincial agencies) and the old communes of the old provinces that became <see cref="CommuneProvinces"/>, each with
/// the commune of today the mapping names first (where its figures go on in July 2025; for a split commune that is
/// the successor that also takes its comparable figures, so every series continues in one place).
/// </summary>
public sealed record DemoHistory(
    IReadOnlyDictionary<string, Province> OldProvinces,
    IReadOnlyDictionary<string, string> ProvinceSuccessor,
    IReadOnlyList<Commune> OldCommunes,
    IReadOnlyDictionary<string, string> CommuneSuccessor)
{
    /// <summary>Provinces of today whose communes' predecessors have figures in the demo: Hà Nội and Phú Thọ (the article's).</summary>
    public static IReadOnlyList<string> CommuneProvinces { get; } = ["01", "25"];

    /// <summary>The old provinces that went into a province of today, the one whose code it kept first.</summary>
    public IReadOnlyList<Province> PredecessorsOf(string provinceToday) => ProvinceSuccessor
        .Where(p => p.Value == provinceToday && OldProvinces.ContainsKey(p.Key))
        .Select(p => OldProvinces[p.Key])
        .OrderBy(p => p.Code == provinceToday ? 0 : 1).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();

    /// <summary>
    /// From everything the database holds: only old communes of the old provinces that became one of
    /// <see cref="CommuneProvinces"/>, whose first-named successor lies in that province and is one the demo fills.
    /// </summary>
    public static DemoHistory Of(IEnumerable<Province> oldProvinces, IEnumerable<UnitLink> links, IEnumerable<Commune> oldCommunes,
        IEnumerable<Commune> today)
    {
        var linkList = links.ToList();
        var provinceSuccessor = linkList.Where(l => l.Level == UnitLink.ProvinceLevel).GroupBy(l => l.OldCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Rank).First().NewCode);
        var communeSuccessor = linkList.Where(l => l.Level == UnitLink.CommuneLevel).GroupBy(l => l.OldCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Rank).First().NewCode);
        var filled = today.Where(c => CommuneProvinces.Contains(c.ProvinceCode) && !DemoCommuneFigures.IsSilent(c.Code))
            .ToDictionary(c => c.Code, c => c.ProvinceCode);
        var communes = oldCommunes
            .Where(c => provinceSuccessor.TryGetValue(c.ProvinceCode, out var province) && CommuneProvinces.Contains(province)
                && communeSuccessor.TryGetValue(c.Code, out var next) && filled.GetValueOrDefault(next) == province)
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        return new DemoHistory(oldProvinces.ToDictionary(p => p.Code), provinceSuccessor, communes,
            communes.ToDictionary(c => c.Code, c => communeSuccessor[c.Code]));
    }
}
