using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Maps;

/// <summary>`kpi units import-boundaries`: the shared TopoJSON of 3,321 communes, idempotent; a bad file writes nothing.</summary>
public sealed class BoundaryImportTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await using var stream = File.OpenRead(RepositoryPaths.SharedData("vn-admin-units-2025.json"));
        var units = await _db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(stream));
        Assert.Empty(units.Errors);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static string Boundaries => RepositoryPaths.SharedData(Path.Combine("vn-boundaries-2025", "communes-simplified.topojson"));

    private Task<int> ShapeCount() => _db.With<KpiDbContext, int>(db => db.CommuneShapes.CountAsync());

    private string Write(string name, string content)
    {
        var path = Path.Combine(_db.Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task The_shared_file_imports_every_commune_once_and_again_changes_nothing()
    {
        var first = await KpiProcess.RunAsync(_db, "units", "import-boundaries", Boundaries);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("thêm/inserted 3321", first.Out);
        Assert.Equal(3321, await ShapeCount());

        var again = await KpiProcess.RunAsync(_db, "units", "import-boundaries", Boundaries);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("không đổi/unchanged 3321", again.Out);

        // Hoàng Sa (a special zone of Đà Nẵng) keeps its islands, far east of the mainland.
        var hoangSa = await _db.With<KpiDbContext, string>(db => db.Communes.Where(c => c.ProvinceCode == "48" && c.Name == "Hoàng Sa")
            .Join(db.CommuneShapes, c => c.Code, s => s.CommuneCode, (c, s) => s.Polygons).SingleAsync());
        var firstLongitude = double.Parse(hoangSa.TrimStart('[').Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(firstLongitude, 111, 113);
    }

    [Theory]
    [InlineData("not-json.topojson", "this is not json", "bad_json")]
    [InlineData("geojson.json", "{\"type\":\"FeatureCollection\",\"features\":[]}", "not_topojson")]
    [InlineData("unknown-commune.topojson",
        "{\"type\":\"Topology\",\"arcs\":[[[105.0,21.0],[105.1,21.0],[105.1,21.1],[105.0,21.0]]],\"objects\":{\"w\":{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[0]],\"properties\":{\"code\":\"99999\",\"provinceCode\":\"25\"}}]}}}",
        "unknown_commune")]
    [InlineData("broken-arc.topojson",
        "{\"type\":\"Topology\",\"arcs\":[],\"objects\":{\"w\":{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[7]],\"properties\":{\"code\":\"04792\",\"provinceCode\":\"25\"}}]}}}",
        "bad_geometry")]
    [InlineData("wrong-province.topojson",
        "{\"type\":\"Topology\",\"arcs\":[[[105.0,21.0],[105.1,21.0],[105.1,21.1],[105.0,21.0]]],\"objects\":{\"w\":{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[0]],\"properties\":{\"code\":\"04792\",\"provinceCode\":\"01\"}}]}}}",
        "wrong_province")]
    public async Task A_bad_file_is_exit_2_with_the_file_named_and_nothing_written(string name, string content, string code)
    {
        var path = Write(name, content);
        var run = await KpiProcess.RunAsync(_db, "units", "import-boundaries", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{name}", run.Error);
        Assert.Contains(code, run.Error);
        Assert.Contains("không ghi gì / 1 errors, nothing written", run.Error);
        Assert.Equal(0, await ShapeCount());
    }

    [Fact]
    public async Task One_bad_geometry_among_good_ones_writes_none_of_them()
    {
        var good = await File.ReadAllTextAsync(Boundaries);
        // The last commune's code replaced by one that is not in the list: the 3,320 good ones are not written either.
        var at = good.LastIndexOf("\"code\":\"", StringComparison.Ordinal) + 8;
        var path = Write("one-bad.topojson", good[..at] + "99999" + good[(at + 5)..]);
        var run = await KpiProcess.RunAsync(_db, "units", "import-boundaries", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("one-bad.topojson:3321:code: unknown_commune", run.Error);
        Assert.Equal(0, await ShapeCount());
    }

    [Theory]
    [InlineData("Boundaries__MaxMegabytes", "2", "larger than 2 MB (Boundaries:MaxMegabytes)")]
    [InlineData("Boundaries__MaxGeometries", "3000", "3321 geometries, more than 3000 (Boundaries:MaxGeometries)")]
    [InlineData("Boundaries__MaxCoordinates", "100000", "more than 100000 (Boundaries:MaxCoordinates)")]
    public async Task A_file_beyond_the_limits_is_refused_with_one_error_and_writes_nothing(string setting, string value, string message)
    {
        // The shared file (2.4 MB, 3,321 geometries, about 137,000 points) against lowered limits.
        var run = await KpiProcess.RunAsync(_db, new Dictionary<string, string> { [setting] = value }, "units", "import-boundaries", Boundaries);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("communes-simplified.topojson: outside_limits", run.Error);
        Assert.Contains(message, run.Error);
        Assert.Contains("1 errors, nothing written", run.Error);
        Assert.Equal(0, await ShapeCount());
    }
}
