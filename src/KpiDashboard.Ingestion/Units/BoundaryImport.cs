using System.Globalization;
using System.Text;
using System.Text.Json;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Ingestion.Units;

/// <summary>
/// Imports commune boundaries for the maps from a TopoJSON topology (as vn-boundaries-2025/communes-simplified.topojson):
/// every geometry of its first object is a commune with properties code and provinceCode. All or nothing: an error
/// (not a topology, a commune not in the list, a wrong province, a broken arc reference) writes nothing. Idempotent.
/// An error's row is the geometry's position in the object, from 1. A file beyond <see cref="BoundaryLimits"/> is refused
/// before its shapes are built.
/// </summary>
public sealed class BoundaryImport(KpiDbContext db, IOptions<BoundaryLimits> options, TimeProvider time, DataChanges? changes = null)
{
    private readonly BoundaryLimits limits = options.Value;

    public sealed record Outcome(int Read, int Inserted, int Updated, int Unchanged, IngestErrors Errors);

    public async Task<Outcome> ImportAsync(Stream content, CancellationToken ct = default)
    {
        var errors = new IngestErrors();
        List<(int Row, CommuneShape Shape)> shapes;
        var bounded = await WithinSizeAsync(content, ct);
        if (bounded is null)
        {
            errors.Add(limits.TooLarge());
            return new Outcome(0, 0, 0, 0, errors);
        }
        try
        {
            using var json = await JsonDocument.ParseAsync(bounded, cancellationToken: ct);
            shapes = Read(json.RootElement, errors);
        }
        catch (JsonException e)
        {
            errors.Add(new IngestError(0, "", "", "bad_json", $"Không đọc được JSON: {e.Message}", $"Not readable JSON: {e.Message}"));
            return new Outcome(0, 0, 0, 0, errors);
        }
        if (errors.Count > 0) return new Outcome(shapes.Count, 0, 0, 0, errors);

        var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.ProvinceCode, ct);
        if (communes.Count == 0)
        {
            errors.Add(new IngestError(0, "", "", "no_communes", "Chưa có danh mục xã, phường: nhập trước bằng kpi units import.",
                "There is no commune list yet: import it first with kpi units import."));
            return new Outcome(shapes.Count, 0, 0, 0, errors);
        }
        foreach (var (row, shape) in shapes)
        {
            if (!communes.TryGetValue(shape.CommuneCode, out var province))
                errors.Add(new IngestError(row, "code", shape.CommuneCode, "unknown_commune",
                    $"Mã xã không có trong danh mục: '{shape.CommuneCode}'.", $"Commune code not in the list: '{shape.CommuneCode}'."));
            else if (province != shape.ProvinceCode)
                errors.Add(new IngestError(row, "provinceCode", shape.ProvinceCode, "wrong_province",
                    $"Xã {shape.CommuneCode} thuộc tỉnh {province}, không phải '{shape.ProvinceCode}'.", $"Commune {shape.CommuneCode} is in province {province}, not '{shape.ProvinceCode}'."));
        }
        foreach (var duplicate in shapes.GroupBy(s => s.Shape.CommuneCode).Where(g => g.Count() > 1))
            errors.Add(new IngestError(duplicate.Skip(1).First().Row, "code", duplicate.Key, "duplicate_key",
                $"Mã xã '{duplicate.Key}' xuất hiện nhiều lần.", $"Commune code '{duplicate.Key}' appears more than once."));
        if (errors.Count > 0) return new Outcome(shapes.Count, 0, 0, 0, errors);

        await using var transaction = await db.Database.BeginExclusiveTransactionAsync(ExclusiveTransaction.Units, ct);
        var existing = await db.CommuneShapes.ToDictionaryAsync(s => s.CommuneCode, ct);
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var (_, shape) in shapes)
        {
            if (!existing.TryGetValue(shape.CommuneCode, out var known))
            {
                db.CommuneShapes.Add(shape);
                inserted++;
            }
            else if (known.Polygons != shape.Polygons || known.ProvinceCode != shape.ProvinceCode)
            {
                known.Polygons = shape.Polygons;
                known.ProvinceCode = shape.ProvinceCode;
                updated++;
            }
            else unchanged++;
        }
        var changed = inserted + updated > 0;
        if (changed) DataChanges.Note(db, DataRevision.Boundaries, time);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (changed) changes?.Committed();
        db.ChangeTracker.Clear();
        return new Outcome(shapes.Count, inserted, updated, unchanged, []);
    }

    /// <summary>The content to parse, or null when it is larger than the limit (a stream without a length is read no further than that).</summary>
    private async Task<Stream?> WithinSizeAsync(Stream content, CancellationToken ct)
    {
        if (content.CanSeek) return content.Length - content.Position > limits.MaxBytes ? null : content;
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > limits.MaxBytes) return null;
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return copy;
    }

    private List<(int Row, CommuneShape Shape)> Read(JsonElement root, IngestErrors errors)
    {
        var shapes = new List<(int, CommuneShape)>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "Topology"
            || !root.TryGetProperty("arcs", out var arcsElement) || arcsElement.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new IngestError(0, "", "", "not_topojson", "Không phải TopoJSON (cần \"type\": \"Topology\", \"arcs\" và \"objects\").",
                "Not TopoJSON (needs \"type\": \"Topology\", \"arcs\" and \"objects\")."));
            return shapes;
        }
        var collection = objects.EnumerateObject().Select(o => o.Value).FirstOrDefault();
        if (collection.ValueKind != JsonValueKind.Object || !collection.TryGetProperty("geometries", out var geometries) || geometries.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new IngestError(0, "objects", "", "not_topojson", "Đối tượng đầu tiên không phải GeometryCollection.", "The first object is not a GeometryCollection."));
            return shapes;
        }
        if (geometries.GetArrayLength() > limits.MaxGeometries)
        {
            errors.Add(limits.TooManyGeometries(geometries.GetArrayLength()));
            return shapes;
        }
        var points = arcsElement.EnumerateArray().Sum(a => a.ValueKind == JsonValueKind.Array ? (long)a.GetArrayLength() : 0);
        if (points > limits.MaxCoordinates)
        {
            errors.Add(limits.TooManyCoordinates(points));
            return shapes;
        }
        var arcs = Arcs(root, arcsElement);
        var row = 0;
        foreach (var geometry in geometries.EnumerateArray())
        {
            row++;
            var code = Property(geometry, "code");
            var province = Property(geometry, "provinceCode");
            if (code is null || code.Length != 5 || !code.All(char.IsAsciiDigit))
            {
                errors.Add(new IngestError(row, "code", code ?? "", "bad_code", $"Mã xã phải có 5 chữ số: '{code}'.", $"A commune code has five digits: '{code}'."));
                continue;
            }
            if (province is null)
            {
                errors.Add(new IngestError(row, "provinceCode", "", "missing_value", "Thiếu mã tỉnh (provinceCode).", "The province code (provinceCode) is missing."));
                continue;
            }
            var kind = geometry.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (!geometry.TryGetProperty("arcs", out var refs) || kind is not ("Polygon" or "MultiPolygon"))
            {
                errors.Add(new IngestError(row, "type", kind ?? "", "bad_geometry", $"Xã {code}: cần Polygon hoặc MultiPolygon.", $"Commune {code}: needs a Polygon or MultiPolygon."));
                continue;
            }
            var polygons = kind == "Polygon" ? [refs] : refs.EnumerateArray().ToList();
            var text = Polygons(polygons, arcs);
            if (text is null)
            {
                errors.Add(new IngestError(row, "arcs", code, "bad_geometry", $"Xã {code}: tham chiếu cung (arc) sai hoặc vòng có ít hơn 3 điểm.",
                    $"Commune {code}: a wrong arc reference or a ring of fewer than 3 points."));
                continue;
            }
            shapes.Add((row, new CommuneShape { CommuneCode = code, ProvinceCode = province, Polygons = text }));
        }
        if (row == 0)
            errors.Add(new IngestError(0, "objects", "", "empty", "Tệp không có hình xã nào.", "The file has no commune shapes."));
        return shapes;
    }

    private static string? Property(JsonElement geometry, string name) =>
        geometry.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!.Trim()
            : null;

    /// <summary>Arcs in longitude and latitude: quantized arcs are delta-encoded and scaled by the topology's transform.</summary>
    private static List<(double Lon, double Lat)[]> Arcs(JsonElement root, JsonElement arcs)
    {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            sx = transform.GetProperty("scale")[0].GetDouble();
            sy = transform.GetProperty("scale")[1].GetDouble();
            tx = transform.GetProperty("translate")[0].GetDouble();
            ty = transform.GetProperty("translate")[1].GetDouble();
        }
        var result = new List<(double, double)[]>();
        foreach (var arc in arcs.EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var point in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += point[0].GetDouble();
                    y += point[1].GetDouble();
                    points[i++] = (x * sx + tx, y * sy + ty);
                }
                else points[i++] = (point[0].GetDouble(), point[1].GetDouble());
            }
            result.Add(points);
        }
        return result;
    }

    /// <summary>The polygons as stored (see <see cref="CommuneShape.Polygons"/>), or null when an arc reference is wrong.</summary>
    private static string? Polygons(IEnumerable<JsonElement> polygons, List<(double Lon, double Lat)[]> arcs)
    {
        var s = new StringBuilder("[");
        foreach (var polygon in polygons)
        {
            if (polygon.ValueKind != JsonValueKind.Array) return null;
            if (s.Length > 1) s.Append(',');
            s.Append('[');
            var firstRing = true;
            foreach (var ring in polygon.EnumerateArray())
            {
                var points = new List<(double Lon, double Lat)>();
                foreach (var reference in ring.EnumerateArray())
                {
                    if (!reference.TryGetInt32(out var index)) return null;
                    // A negative index ~i is arc i reversed.
                    var arcIndex = index < 0 ? ~index : index;
                    if (arcIndex >= arcs.Count) return null;
                    IEnumerable<(double, double)> arc = index < 0 ? arcs[arcIndex].Reverse() : arcs[arcIndex];
                    // Consecutive arcs share their joining point.
                    points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
                }
                if (points.Count < 4) return null;
                if (!firstRing) s.Append(',');
                firstRing = false;
                s.Append('[').AppendJoin(',', points.SkipLast(1).Select(p => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(p.Lon, 4)},{Math.Round(p.Lat, 4)}"))).Append(']');
            }
            s.Append(']');
        }
        return s.Append(']').ToString();
    }
}
