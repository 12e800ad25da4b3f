using System.Globalization;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Metrics.History;

/// <summary>
/// The old units (a directory of their own, for months before July 2025) and where each went, for ingest to resolve a
/// row in its month's units and to say what became of a unit named in the wrong month.
/// </summary>
public sealed class UnitHistory
{
    private readonly ILookup<(string Level, string Old), UnitLink> _successors;

    public UnitHistory(UnitDirectory old, UnitDirectory today, IEnumerable<UnitLink> links)
    {
        Old = old;
        Today = today;
        var list = links.ToList();
        _successors = list.OrderBy(l => l.Rank).ToLookup(l => (l.Level, l.OldCode));
        _oldProvinces = list.Where(l => l.Level == UnitLink.ProvinceLevel).ToLookup(l => l.NewCode, l => l.OldCode);
    }

    private readonly ILookup<string, string> _oldProvinces;

    /// <summary>An old commune of the old provinces that became this province of today, by code or name.</summary>
    public Commune? OldCommuneIn(string text, string provinceToday) =>
        _oldProvinces[provinceToday].Select(old => Old.FindCommune(text, old).Item).OfType<Commune>().FirstOrDefault();

    /// <summary>A commune of today in the province this old province became part of, by code or name.</summary>
    public Commune? NewCommuneIn(string text, string oldProvince) =>
        SuccessorProvince(oldProvince) is { } today ? Today.FindCommune(text, today).Item : null;

    public UnitDirectory Old { get; }
    public UnitDirectory Today { get; }

    public string? SuccessorProvince(string oldCode) => _successors[(UnitLink.ProvinceLevel, oldCode)].FirstOrDefault()?.NewCode;

    /// <summary>
    /// The commune of today an old commune goes on in: the one it went into, or for a split commune the successor the
    /// mapping names first (the comparable series' rule); null when it has no link to a commune of today.
    /// </summary>
    public Commune? SuccessorCommune(string oldCode) =>
        _successors[(UnitLink.CommuneLevel, oldCode)].Select(l => Today.FindCommuneAnywhere(l.NewCode).Item).OfType<Commune>().FirstOrDefault();

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Vĩnh Phúc was merged into Phú Thọ (25) on 01/07/2025", in Vietnamese and English.</summary>
    public (string Vi, string En) WhereWent(Province old)
    {
        var to = _successors[(UnitLink.ProvinceLevel, old.Code)].Select(l => Today.FindProvince(l.NewCode).Item).OfType<Province>().FirstOrDefault();
        var day = Date(UnitValidity.MergerDay);
        return to is null
            ? ($"{old.FullName} ({old.Code}) không còn từ {day}.", $"{old.Name} ({old.Code}) no longer exists from {day}.")
            : to.Code == old.Code && to.Name == old.Name
                ? ($"{old.FullName} ({old.Code}) cũ đã hợp nhất thành {to.FullName} ({to.Code}) mới từ {day}.",
                    $"The old {old.Name} ({old.Code}) became part of the new {to.Name} ({to.Code}) on {day}.")
                : ($"{old.FullName} ({old.Code}) đã sáp nhập vào {to.FullName} ({to.Code}) từ {day}.",
                    $"{old.Name} was merged into {to.Name} ({to.Code}) on {day}.");
    }

    /// <summary>"Phường Tiên Cát was merged into Phường Việt Trì (07900) on 01/07/2025", or split among several.</summary>
    public (string Vi, string En) WhereWent(Commune old)
    {
        var to = _successors[(UnitLink.CommuneLevel, old.Code)].Select(l => Today.FindCommuneAnywhere(l.NewCode).Item).OfType<Commune>().ToList();
        var day = Date(UnitValidity.MergerDay);
        var names = string.Join(", ", to.Select(c => $"{c.FullName} ({c.Code})"));
        return to.Count switch
        {
            0 => ($"{old.FullName} ({old.Code}) không còn từ {day}.", $"{old.FullName} ({old.Code}) no longer exists from {day}."),
            1 => ($"{old.FullName} ({old.Code}) đã sáp nhập vào {names} từ {day}.", $"{old.FullName} was merged into {names} on {day}."),
            _ => ($"{old.FullName} ({old.Code}) đã được chia vào {names} từ {day}.", $"{old.FullName} was split among {names} on {day}."),
        };
    }

    /// <summary>For a unit of today named in a month before July 2025.</summary>
    public static (string Vi, string En) NotYet(string fullName, string code, int period)
    {
        var day = Date(UnitValidity.MergerDay);
        var month = $"{period % 100:00}/{period / 100}";
        return ($"{fullName} ({code}) chỉ có từ {day}; kỳ {month} dùng đơn vị hành chính cũ.",
            $"{fullName} ({code}) exists only from {day}; {month} uses the units of before.");
    }
}
