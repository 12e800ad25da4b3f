using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Metrics.BuiltIn;

/// <summary>
/// The fields handled by a provincial Department of Science and Technology since the 2025 merger
/// with Information and Communications; the seed article's "7 fields".
/// </summary>
public static class BuiltInFields
{
    public const string RadioFrequencies = "TSVTD";
    public const string IntellectualProperty = "SHTT";

    public static IReadOnlyList<Field> All { get; } =
    [
        new() { Code = RadioFrequencies, NameVi = "Tần số vô tuyến điện", NameEn = "Radio frequencies" },
        new() { Code = IntellectualProperty, NameVi = "Sở hữu trí tuệ", NameEn = "Intellectual property" },
        new() { Code = "TCDLCL", NameVi = "Tiêu chuẩn, đo lường, chất lượng", NameEn = "Standards, metrology and quality" },
        new() { Code = "HDKHCN", NameVi = "Hoạt động khoa học và công nghệ", NameEn = "Science and technology activities" },
        new() { Code = "NLNT", NameVi = "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", NameEn = "Atomic energy, radiation and nuclear safety" },
        new() { Code = "BC", NameVi = "Bưu chính", NameEn = "Postal services" },
        new() { Code = "VT", NameVi = "Viễn thông và Internet", NameEn = "Telecommunications and the Internet" },
    ];
}
