using KpiDashboard.Metrics.Access;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>The error for a row outside the caller's access scope: the whole file is then rejected.</summary>
public static class ForbiddenProvince
{
    public static IngestError For(FigureRow row) => For(row, null);

    public static IngestError For(FigureRow row, AccessScope? access) => For(row.Row, row.Key.ProvinceCode, row.Key.CommuneCode, access);

    /// <summary>
    /// A row of figures or of a dossier list for a province, and a commune (null for the provincial agencies). With
    /// <paramref name="access"/> given, a row of the caller's province outside their communes names the commune.
    /// </summary>
    public static IngestError For(int row, string provinceCode, string? communeCode, AccessScope? access) =>
        access is { Communes: not null } && access.CanIngestInto(provinceCode)
            ? new(row, FigureHeaders.CanonicalNames[FigureColumn.Commune], communeCode ?? "", "forbidden_commune",
                communeCode is null
                    ? "Tài khoản cấp xã không nhập được số liệu của các cơ quan cấp tỉnh."
                    : $"Bạn không có quyền nhập số liệu cho xã {communeCode}.",
                communeCode is null
                    ? "A commune account may not ingest the provincial agencies' figures."
                    : $"You may not ingest figures for commune {communeCode}.")
            : new(row, FigureHeaders.CanonicalNames[FigureColumn.Province], provinceCode, "forbidden_province",
                $"Bạn không có quyền nhập số liệu cho tỉnh {provinceCode}.", $"You may not ingest figures for province {provinceCode}.");

    /// <summary>Whether an error refuses a row for the caller's scope: a 403 on the web, not a 400.</summary>
    public static bool Is(IngestError error) => error.Code is "forbidden_province" or "forbidden_commune";
}
