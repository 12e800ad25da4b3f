using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>A snapshot of the provinces, communes and fields with their name index.</summary>
public sealed class Units
{
    public Units(IReadOnlyList<Province> provinces, IReadOnlyList<Commune> communes, IReadOnlyList<Field> fields)
    {
        Directory = new UnitDirectory(provinces, communes, fields);
        Provinces = provinces.OrderBy(p => p.Name, VietnameseOrder.Comparer).ToList();
        ProvinceByCode = provinces.ToDictionary(p => p.Code);
        CommuneByCode = communes.ToDictionary(c => c.Code);
        CommunesByProvince = communes.GroupBy(c => c.ProvinceCode).ToDictionary(
            g => g.Key, g => (IReadOnlyList<Commune>)g.OrderBy(c => c.Name, VietnameseOrder.Comparer).ToList());
        Fields = fields.OrderBy(f => f.NameVi, VietnameseOrder.Comparer).ToList();
        FieldByCode = fields.ToDictionary(f => f.Code);
    }

    public UnitDirectory Directory { get; }
    public IReadOnlyList<Province> Provinces { get; }
    public IReadOnlyDictionary<string, Province> ProvinceByCode { get; }
    public IReadOnlyDictionary<string, Commune> CommuneByCode { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Commune>> CommunesByProvince { get; }
    public IReadOnlyList<Field> Fields { get; }
    public IReadOnlyDictionary<string, Field> FieldByCode { get; }

    public IReadOnlyList<Commune> CommunesOf(string provinceCode) => CommunesByProvince.GetValueOrDefault(provinceCode) ?? [];

    public string FieldName(Field field) => Ui.T(field.NameVi, field.NameEn);

    public string ProvinceName(Province province) => province.Name;
}
