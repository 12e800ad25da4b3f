using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Names;

/// <summary>Provinces, communes and fields looked up by code or by name, as people write them.</summary>
public sealed class UnitDirectory
{
    // Common ways of writing Hồ Chí Minh City that no prefix rule produces.
    private static readonly string[] HoChiMinhAliases = ["HCM", "TP.HCM", "TPHCM", "TP HCM", "Sài Gòn"];

    private readonly NameIndex<Province> _provinces;
    private readonly NameIndex<Commune> _allCommunes;
    private readonly Dictionary<string, NameIndex<Commune>> _communesByProvince;
    private readonly NameIndex<Field> _fields;
    private readonly Dictionary<string, NameIndex<District>> _districtsByProvince;

    public UnitDirectory(IEnumerable<Province> provinces, IEnumerable<Commune> communes, IEnumerable<Field> fields,
        IEnumerable<District>? districts = null)
    {
        _districtsByProvince = (districts ?? []).GroupBy(d => d.ProvinceCode).ToDictionary(
            g => g.Key, g => new NameIndex<District>(g, d => d.Code, d => [d.Name, d.FullName]));
        var communeList = communes.ToList();
        _provinces = new NameIndex<Province>(provinces, p => p.Code,
            p => p.Code == "79" ? [p.Name, p.FullName, p.NameEn, .. HoChiMinhAliases] : [p.Name, p.FullName, p.NameEn]);
        _allCommunes = new NameIndex<Commune>(communeList, c => c.Code, c => [c.Name, c.FullName]);
        _communesByProvince = communeList.GroupBy(c => c.ProvinceCode).ToDictionary(
            g => g.Key, g => new NameIndex<Commune>(g, c => c.Code, c => [c.Name, c.FullName]));
        _fields = new NameIndex<Field>(fields, f => f.Code, f => [f.NameVi, f.NameEn]);
    }

    /// <summary>The units of before 1 July 2025 with their links to these, once imported; null before.</summary>
    public UnitHistory? History { get; private init; }

    /// <summary>Today's units with, when imported, the old ones: <see cref="For"/> picks a month's.</summary>
    public static async Task<UnitDirectory> LoadAsync(KpiDbContext db, CancellationToken ct = default)
    {
        var fields = await db.Fields.AsNoTracking().ToListAsync(ct);
        var today = new UnitDirectory(await db.Provinces.AsNoTracking().ToListAsync(ct), await db.Communes.AsNoTracking().ToListAsync(ct), fields);
        var oldProvinces = await db.Provinces.IgnoreQueryFilters().AsNoTracking().Where(p => p.ValidTo != null).ToListAsync(ct);
        if (oldProvinces.Count == 0) return today;
        var old = new UnitDirectory(oldProvinces,
            await db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => c.ValidTo != null).ToListAsync(ct), fields,
            await db.Districts.AsNoTracking().ToListAsync(ct));
        return new UnitDirectory(today, new UnitHistory(old, today, await db.UnitLinks.AsNoTracking().ToListAsync(ct)));
    }

    private UnitDirectory(UnitDirectory today, UnitHistory history)
    {
        _provinces = today._provinces;
        _allCommunes = today._allCommunes;
        _communesByProvince = today._communesByProvince;
        _fields = today._fields;
        _districtsByProvince = today._districtsByProvince;
        History = history;
    }

    /// <summary>The units valid in a month (yyyyMM): the old ones before July 2025 once imported, today's otherwise.</summary>
    /// <summary>Today's province of a province code filed for a month: an old province's successor, for access checks.</summary>
    public string ProvinceToday(int period, string code) =>
        History is { } h && UnitValidity.IsOldPeriod(period) ? h.SuccessorProvince(code) ?? code : code;

    public UnitDirectory For(int period) => History is { } h && UnitValidity.IsOldPeriod(period) ? h.Old : this;

    public NameMatch<Province> FindProvince(string text) => _provinces.Find(PadCode(text, 2));

    /// <summary>A commune of the given province; a code or name found only in another province is not a match.</summary>
    public NameMatch<Commune> FindCommune(string text, string provinceCode)
    {
        var padded = PadCode(text, 5);
        return _communesByProvince.TryGetValue(provinceCode, out var index) ? index.Find(padded) : NameMatch<Commune>.NotFound;
    }

    /// <summary>The commune anywhere in the country, to tell "outside its province" from "unknown".</summary>
    public NameMatch<Commune> FindCommuneAnywhere(string text) => _allCommunes.Find(PadCode(text, 5));

    /// <summary>A district (before July 2025) of the given old province, by code or name; today's units have none.</summary>
    public NameMatch<District> FindDistrict(string text, string provinceCode) =>
        _districtsByProvince.TryGetValue(provinceCode, out var index) ? index.Find(PadCode(text, 3)) : NameMatch<District>.NotFound;

    /// <summary>Whether this set of units has districts (the old units, once imported).</summary>
    public bool HasDistricts => _districtsByProvince.Count > 0;

    public NameMatch<Field> FindField(string text) => _fields.Find(text);

    // Spreadsheets drop leading zeros: "1" is province "01", "4" is commune "00004".
    private static string PadCode(string? text, int width)
    {
        var t = (text ?? "").Trim();
        return t.Length < width && t.Length > 0 && t.All(char.IsAsciiDigit) ? t.PadLeft(width, '0') : t;
    }
}
