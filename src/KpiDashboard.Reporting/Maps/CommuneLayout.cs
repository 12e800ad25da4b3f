namespace KpiDashboard.Reporting.Maps;

/// <summary>
/// Lays a province's communes (longitude, latitude) into screen coordinates: equirectangular at the province's middle
/// latitude, fitted to the frame. A commune far offshore (the special zones of Hoàng Sa and Trường Sa, east of 110°E)
/// goes into its own inset box beside the map rather than shrinking the mainland to a dot.
/// </summary>
public static class CommuneLayout
{
    public const double MapWidth = 640, MapMaxHeight = 720, Margin = 10, SideWidth = 230;
    private const double OffshoreLongitude = 110, InsetSize = 200;

    /// <param name="Insets">One box per offshore commune, named and labelled by its code.</param>
    public sealed record Layout(double Width, double Height, IReadOnlyList<MapOutline> Shapes, IReadOnlyList<MapInset> Insets, double SideX);

    /// <param name="polygons">Per commune its polygons, each a list of flat [lon, lat, …] rings.</param>
    public static Layout Place(IReadOnlyList<(string Code, IReadOnlyList<IReadOnlyList<double[]>> Polygons)> communes)
    {
        var main = communes.Where(c => !IsOffshore(c.Polygons)).ToList();
        var offshore = communes.Where(c => IsOffshore(c.Polygons)).ToList();
        var placed = new List<MapOutline>();
        var (minLon, minLat, maxLon, maxLat) = Bounds(main.Count > 0 ? main : communes);
        var cos = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var spanX = Math.Max((maxLon - minLon) * cos, 1e-6);
        var spanY = Math.Max(maxLat - minLat, 1e-6);
        var k = Math.Min(MapWidth / spanX, MapMaxHeight / spanY);
        var mapHeight = spanY * k;
        foreach (var c in main)
            placed.Add(new MapOutline(c.Code, Project(c.Polygons, minLon, maxLat, cos, k, Margin, Margin), [], null));

        var sideX = Margin + spanX * k + 20;
        var insets = new List<MapInset>();
        // The legend takes the top of the side column; insets go under it.
        var y = 200.0;
        foreach (var c in offshore)
        {
            var (w, s, e, n) = Bounds([c]);
            var cs = Math.Cos((s + n) / 2 * Math.PI / 180);
            var ik = Math.Min(InsetSize / Math.Max((e - w) * cs, 1e-6), InsetSize / Math.Max(n - s, 1e-6)) * 0.9;
            var boxW = (e - w) * cs * ik + 10;
            var boxH = (n - s) * ik + 10;
            placed.Add(new MapOutline(c.Code, [], Project(c.Polygons, w, n, cs, ik, sideX + 5, y + 5), "offshore"));
            insets.Add(new MapInset(c.Code, c.Code, sideX, y, boxW, boxH));
            y += boxH + 30;
        }
        var height = Math.Max(Margin * 2 + mapHeight, y);
        return new Layout(sideX + SideWidth, Math.Max(height, 240), placed, insets, sideX);
    }

    private static bool IsOffshore(IReadOnlyList<IReadOnlyList<double[]>> polygons)
    {
        var (w, _, e, _) = Bounds([("", polygons)]);
        return (w + e) / 2 > OffshoreLongitude;
    }

    private static IReadOnlyList<double[]> Project(IReadOnlyList<IReadOnlyList<double[]>> polygons, double west, double north, double cos, double k, double dx, double dy) =>
        [.. polygons.SelectMany(p => p).Select(ring =>
        {
            var r = new double[ring.Length];
            for (var i = 0; i + 1 < ring.Length; i += 2)
            {
                r[i] = dx + (ring[i] - west) * cos * k;
                r[i + 1] = dy + (north - ring[i + 1]) * k;
            }
            return r;
        })];

    private static (double West, double South, double East, double North) Bounds(IEnumerable<(string Code, IReadOnlyList<IReadOnlyList<double[]>> Polygons)> communes)
    {
        double w = double.MaxValue, s = double.MaxValue, e = double.MinValue, n = double.MinValue;
        foreach (var ring in communes.SelectMany(c => c.Polygons).SelectMany(p => p))
            for (var i = 0; i + 1 < ring.Length; i += 2)
            {
                w = Math.Min(w, ring[i]);
                e = Math.Max(e, ring[i]);
                s = Math.Min(s, ring[i + 1]);
                n = Math.Max(n, ring[i + 1]);
            }
        return w == double.MaxValue ? (0, 0, 1, 1) : (w, s, e, n);
    }
}
