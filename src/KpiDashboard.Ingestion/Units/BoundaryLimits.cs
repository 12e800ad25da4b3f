using System.Globalization;

namespace KpiDashboard.Ingestion.Units;

/// <summary>
/// The size a boundaries file may have (configuration section <c>Boundaries</c>), checked before its shapes are built:
/// the shared file of 3,321 communes is 2.4 MB with about 137,000 coordinates; a file far beyond is refused with one
/// error instead of costing the memory and time it asks for.
/// </summary>
public sealed class BoundaryLimits
{
    public const string Section = "Boundaries";

    public int MaxMegabytes { get; set; } = 50;

    /// <summary>Geometries of the collection: room for the 10,035 communes before July 2025.</summary>
    public int MaxGeometries { get; set; } = 20_000;

    /// <summary>Points over all arcs.</summary>
    public int MaxCoordinates { get; set; } = 5_000_000;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;

    public IngestError TooLarge() => Outside(
        $"Tệp lớn hơn {MaxMegabytes} MB (Boundaries:MaxMegabytes).", $"The file is larger than {MaxMegabytes} MB (Boundaries:MaxMegabytes).");

    public IngestError TooManyGeometries(int count) => Outside(
        $"Tệp có {count} hình, quá {MaxGeometries} (Boundaries:MaxGeometries).", $"The file has {count} geometries, more than {MaxGeometries} (Boundaries:MaxGeometries).");

    public IngestError TooManyCoordinates(long count) => Outside(
        $"Các cung (arcs) có {count} điểm, quá {MaxCoordinates} (Boundaries:MaxCoordinates).", $"The arcs have {count} points, more than {MaxCoordinates} (Boundaries:MaxCoordinates).");

    private static IngestError Outside(FormattableString vi, FormattableString en) =>
        IngestError.File("outside_limits", vi.ToString(CultureInfo.InvariantCulture), en.ToString(CultureInfo.InvariantCulture));
}
