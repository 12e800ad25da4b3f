using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Web.Pages;

/// <summary>What a page shows of a province: its code and names, never the stored entity.</summary>
public sealed record ProvinceView(string Code, string Name, string NameEn, string Kind)
{
    public string FullName => $"{Kind} {Name}";

    public static ProvinceView Of(Province province) => new(province.Code, province.Name, province.NameEn, province.Kind);
}

/// <summary>What a page shows of a commune.</summary>
public sealed record CommuneView(string Code, string Name, string Kind, string ProvinceCode)
{
    public string FullName => $"{Kind} {Name}";

    public static CommuneView Of(Commune commune) => new(commune.Code, commune.Name, commune.Kind, commune.ProvinceCode);
}

/// <summary>What a page shows of a field.</summary>
public sealed record FieldView(string Code, string NameVi, string NameEn)
{
    public static FieldView Of(Field field) => new(field.Code, field.NameVi, field.NameEn);
}
