using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>A snapshot of the provinces, communes and fields with their name index, and where today's provinces came from.</summary>
public sealed class Units
{
    /// <param name="oldProvinces">The old provinces (valid until 30/06/2025); none without history.</param>
    /// <param name="provinceLinks">The links from the old provinces to today's.</param>
    public Units(IReadOnlyList<Province> provinces, IReadOnlyList<Commune> communes, IReadOnlyList<Field> fields,
        IReadOnlyList<Province>? oldProvinces = null, IReadOnlyList<UnitLink>? provinceLinks = null)
    {
        Directory = new UnitDirectory(provinces, communes, fields);
        Provinces = provinces.OrderBy(p => p.Name, VietnameseOrder.Comparer).ToList();
        ProvinceByCode = provinces.ToDictionary(p => p.Code);
        CommuneByCode = communes.ToDictionary(c => c.Code);
        CommunesByProvince = communes.GroupBy(c => c.ProvinceCode).ToDictionary(
            g => g.Key, g => (IReadOnlyList<Commune>)g.OrderBy(c => c.Name, VietnameseOrder.Comparer).ToList());
        Fields = fields.OrderBy(f => f.NameVi, VietnameseOrder.Comparer).ToList();
        FieldByCode = fields.ToDictionary(f => f.Code);
        var old = (oldProvinces ?? []).DistinctBy(p => p.Code).ToDictionary(p => p.Code);
        PredecessorsByProvince = (provinceLinks ?? []).GroupBy(l => l.NewCode).ToDictionary(g => g.Key, g => (IReadOnlyList<Province>)
            [.. g.Select(l => old.GetValueOrDefault(l.OldCode)).OfType<Province>().DistinctBy(p => p.Code)
                .OrderBy(p => p.Code == g.Key ? 0 : 1).ThenBy(p => p.Code, StringComparer.Ordinal)]);
    }

    public UnitDirectory Directory { get; }
    public IReadOnlyList<Province> Provinces { get; }
    public IReadOnlyDictionary<string, Province> ProvinceByCode { get; }
    public IReadOnlyDictionary<string, Commune> CommuneByCode { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Commune>> CommunesByProvince { get; }
    public IReadOnlyList<Field> Fields { get; }
    public IReadOnlyDictionary<string, Field> FieldByCode { get; }

    private IReadOnlyDictionary<string, IReadOnlyList<Province>> PredecessorsByProvince { get; }

    public IReadOnlyList<Commune> CommunesOf(string provinceCode) => CommunesByProvince.GetValueOrDefault(provinceCode) ?? [];

    /// <summary>The old provinces that formed a province of today on 01/07/2025, the one whose code it kept first; empty without history.</summary>
    public IReadOnlyList<Province> PredecessorsOf(string provinceCode) => PredecessorsByProvince.GetValueOrDefault(provinceCode) ?? [];

    public string FieldName(Field field) => Ui.T(field.NameVi, field.NameEn);

    public string ProvinceName(Province province) => province.Name;
}
