using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Ingest;

internal static class TestUnits
{
    public static readonly UnitDirectory Directory = new(BuiltInProvinces.All,
    [
        new Commune { Code = "07888", Name = "Thanh Miếu", Kind = "Phường", ProvinceCode = "25" },
        new Commune { Code = "00004", Name = "Ba Đình", Kind = "Phường", ProvinceCode = "01" },
    ], BuiltInFields.All);

    public static KpiDashboard.Ingestion.Figures.FigureFile.Result Read(string csv) =>
        KpiDashboard.Ingestion.Figures.FigureFile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), Directory);
}
