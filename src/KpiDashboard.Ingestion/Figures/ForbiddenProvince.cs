namespace KpiDashboard.Ingestion.Figures;

/// <summary>The error for a row outside the caller's access scope: the whole file is then rejected.</summary>
public static class ForbiddenProvince
{
    public static IngestError For(FigureRow row) => new(row.Row, FigureHeaders.CanonicalNames[FigureColumn.Province], row.Key.ProvinceCode,
        "forbidden_province",
        $"Bạn không có quyền nhập số liệu cho tỉnh {row.Key.ProvinceCode}.", $"You may not ingest figures for province {row.Key.ProvinceCode}.");
}
