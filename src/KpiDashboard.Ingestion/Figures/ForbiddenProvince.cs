namespace KpiDashboard.Ingestion.Figures;

/// <summary>The error for a row outside the caller's access scope: the whole file is then rejected.</summary>
public static class ForbiddenProvince
{
    public static IngestError For(FigureRow row) => For(row, null);

    /// <summary>With <paramref name="access"/> given, a row of the caller's province outside their communes names the commune.</summary>
    public static IngestError For(FigureRow row, Metrics.Access.AccessScope? access) =>
        access is { Communes: not null } && access.CanIngestInto(row.Key.ProvinceCode)
            ? new(row.Row, FigureHeaders.CanonicalNames[FigureColumn.Commune], row.Key.CommuneCode ?? "", "forbidden_commune",
                row.Key.CommuneCode is null
                    ? "Tài khoản cấp xã không nhập được số liệu của các cơ quan cấp tỉnh."
                    : $"Bạn không có quyền nhập số liệu cho xã {row.Key.CommuneCode}.",
                row.Key.CommuneCode is null
                    ? "A commune account may not ingest the provincial agencies' figures."
                    : $"You may not ingest figures for commune {row.Key.CommuneCode}.")
            : new(row.Row, FigureHeaders.CanonicalNames[FigureColumn.Province], row.Key.ProvinceCode, "forbidden_province",
                $"Bạn không có quyền nhập số liệu cho tỉnh {row.Key.ProvinceCode}.", $"You may not ingest figures for province {row.Key.ProvinceCode}.");
}
