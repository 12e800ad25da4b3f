using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Forms;

internal static class TestUnits
{
    public static IReadOnlyList<Commune> Communes { get; } =
    [
        new() { Code = "07912", Name = "Phùng Nguyên", Kind = "Xã", ProvinceCode = "25" },
        new() { Code = "07780", Name = "Thanh Miếu", Kind = "Phường", ProvinceCode = "25" },
    ];

    public static UnitDirectory Directory { get; } = new(BuiltInProvinces.All, Communes, BuiltInFields.All);
}
