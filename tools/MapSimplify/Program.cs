using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

// Simplifies the 34 provinces of vn-boundaries-2025 once into the small file the product ships
// (src/KpiDashboard.Reporting/Maps/provinces.json): screen coordinates of a fixed projection, with the Trường Sa
// archipelago moved into an inset so that the mainland keeps most of the frame. Run it again after a boundary change:
//   dotnet run --project tools/MapSimplify -- ../shared/data/vn-boundaries-2025/provinces.geojson src/KpiDashboard.Reporting/Maps/provinces.json

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: MapSimplify PROVINCES.geojson OUT.json");
    return 2;
}

var input = JsonNode.Parse(File.ReadAllText(args[0]))!;
var factory = new GeometryFactory();
var provinces = new JsonArray();
int pointsIn = 0, pointsOut = 0, polygonsIn = 0, polygonsOut = 0;

foreach (var feature in input["features"]!.AsArray())
{
    var props = feature!["properties"]!;
    var code = (string)props["code"]!;
    var mainland = new JsonArray();
    var islands = new JsonArray();
    string? archipelago = null;
    foreach (var polygonNode in feature["geometry"]!["coordinates"]!.AsArray())
    {
        polygonsIn++;
        var rings = polygonNode!.AsArray().Select(r => r!.AsArray().Select(c => (Lon: (double)c![0]!, Lat: (double)c[1]!)).ToArray()).ToArray();
        pointsIn += rings.Sum(r => r.Length);
        var part = Layout.PartOf(rings[0]);
        var projected = rings.Select(r => factory.CreateLinearRing(r.Select(c => Layout.Project(c.Lon, c.Lat, part)).Append(Layout.Project(r[0].Lon, r[0].Lat, part)).Distinct2().ToArray())).ToArray();
        var polygon = factory.CreatePolygon(projected[0], projected[1..]);
        // Small islands are never dropped: a ring that simplification would empty keeps its own points.
        var simple = TopologyPreservingSimplifier.Simplify(polygon, Layout.TolerancePixels) as Polygon;
        if (simple is null || simple.IsEmpty || simple.ExteriorRing.NumPoints < 4) simple = polygon;
        polygonsOut++;
        var outRings = new JsonArray();
        foreach (var ring in new[] { simple.ExteriorRing }.Concat(simple.InteriorRings))
        {
            var flat = new JsonArray();
            // The closing point repeats the first: drop it, the renderers close every ring.
            foreach (var c in ring.Coordinates.SkipLast(1))
            {
                flat.Add(Math.Round(c.X, 1));
                flat.Add(Math.Round(c.Y, 1));
            }
            pointsOut += ring.NumPoints - 1;
            outRings.Add(flat);
        }
        if (part == Part.Mainland) foreach (var r in outRings) mainland.Add(r!.DeepClone());
        else
        {
            archipelago = part == Part.HoangSa ? "hoang-sa" : "truong-sa";
            foreach (var r in outRings) islands.Add(r!.DeepClone());
        }
    }
    var province = new JsonObject
    {
        ["code"] = code,
        ["name"] = (string)props["name"]!,
        ["nameEn"] = (string)props["nameEn"]!,
        ["rings"] = mainland,
    };
    if (archipelago is not null)
    {
        province["archipelago"] = archipelago;
        province["archipelagoRings"] = islands;
    }
    provinces.Add(province);
}

var output = new JsonObject
{
    ["source"] = "vn-boundaries-2025/provinces.geojson: ThangLeQuoc/vietnamese-provinces-database (MIT, see LICENSE.txt beside this file), commit cd58063, geometry from sapnhap.bando.com.vn",
    ["projection"] = Layout.Description,
    ["width"] = Layout.Width,
    ["height"] = Layout.Height,
    ["insets"] = new JsonArray(
        Layout.Inset("hoang-sa", Part.HoangSa, "Quần đảo Hoàng Sa (Đà Nẵng)", "Hoang Sa archipelago (Da Nang)"),
        Layout.Inset("truong-sa", Part.TruongSa, "Quần đảo Trường Sa (Khánh Hòa)", "Truong Sa archipelago (Khanh Hoa)")),
    ["provinces"] = provinces,
};
File.WriteAllText(args[1], output.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{provinces.Count} provinces, {polygonsIn} polygons → {polygonsOut}, {pointsIn} points → {pointsOut}, {new FileInfo(args[1]).Length} bytes"));
return polygonsIn == polygonsOut ? 0 : 1;

internal enum Part { Mainland, HoangSa, TruongSa }

internal static class Layout
{
    // Equirectangular at 16°N (the middle of the country), 60 pixels a degree of latitude.
    private const double Scale = 60;
    private static readonly double CosLat = Math.Cos(16 * Math.PI / 180);
    private const double West = 102.0, North = 23.55;
    // Trường Sa (7–12°N, 111–118°E) at half scale, in an inset east of the southern coast; Hoàng Sa stays where it is.
    private const double InsetScale = 0.5, InsetWest = 109.3, InsetSouth = 7.0, InsetLeft = 109.0, InsetBottom = 7.7;
    public const double TolerancePixels = 0.6;
    public const int Width = 700, Height = 975;

    public static string Description =>
        "x = (lon - 102) * cos(16°) * 60, y = (23.55 - lat) * 60 (pixels); Trường Sa drawn at half scale in an inset: " +
        "lon' = 109 + (lon - 109.3) / 2, lat' = 7.7 + (lat - 7) / 2";

    /// <summary>
    /// The coast and its near islands lie west of 109.6°E; east of it are Hoàng Sa (north of 14°N) and Trường Sa with
    /// its banks (south of 12.5°N, some of them as far west as 109.7°E).
    /// </summary>
    public static Part PartOf((double Lon, double Lat)[] ring)
    {
        var (lon, lat) = (ring.Average(c => c.Lon), ring.Average(c => c.Lat));
        if (lon > 110 && lat > 14) return Part.HoangSa;
        if (lon > 109.6 && lat < 12.5) return Part.TruongSa;
        return Part.Mainland;
    }

    public static Coordinate Project(double lon, double lat, Part part)
    {
        if (part == Part.TruongSa)
        {
            lon = InsetLeft + (lon - InsetWest) * InsetScale;
            lat = InsetBottom + (lat - InsetSouth) * InsetScale;
        }
        return new Coordinate((lon - West) * CosLat * Scale, (North - lat) * Scale);
    }

    public static JsonObject Inset(string name, Part part, string vi, string en)
    {
        // The boxes drawn around the archipelagos: Hoàng Sa 15.6–17.3°N, 110.8–112.9°E; Trường Sa 7–12.2°N, 109.3–117.9°E.
        var (w, s, e, n) = part == Part.HoangSa ? (110.8, 15.6, 112.9, 17.3) : (109.3, 7.0, 117.9, 12.2);
        var a = Project(w, n, part);
        var b = Project(e, s, part);
        return new JsonObject
        {
            ["name"] = name, ["labelVi"] = vi, ["labelEn"] = en,
            ["x"] = Math.Round(a.X, 1), ["y"] = Math.Round(a.Y, 1), ["w"] = Math.Round(b.X - a.X, 1), ["h"] = Math.Round(b.Y - a.Y, 1),
        };
    }

    public static IEnumerable<Coordinate> Distinct2(this IEnumerable<Coordinate> coordinates)
    {
        Coordinate? last = null;
        foreach (var c in coordinates)
        {
            if (last is null || !last.Equals2D(c)) yield return c;
            last = c;
        }
    }
}
