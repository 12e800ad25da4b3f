using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>
/// Recognises the header of a figures file: the canonical names of domain.md and the usual Vietnamese
/// and English headers (the list is in README.md).
/// </summary>
public static class FigureHeaders
{
    public static IReadOnlyDictionary<FigureColumn, string> CanonicalNames { get; } = new Dictionary<FigureColumn, string>
    {
        [FigureColumn.Period] = "period",
        [FigureColumn.Province] = "province",
        [FigureColumn.Commune] = "commune",
        [FigureColumn.Field] = "field",
        [FigureColumn.District] = "district",
        [FigureColumn.DistrictName] = "district_name",
    }.Concat(MeasureCatalogue.All.Select(m => KeyValuePair.Create(m.FigureColumn(), m.Name))).ToDictionary();

    /// <summary>Every accepted header text, canonical names included.</summary>
    public static IReadOnlyDictionary<FigureColumn, string[]> Aliases { get; } = new Dictionary<FigureColumn, string[]>
    {
        [FigureColumn.Period] = ["Kỳ báo cáo", "Kỳ", "Tháng", "Month"],
        [FigureColumn.Province] = ["Tỉnh", "Tỉnh/Thành phố", "Tỉnh, thành phố", "Mã tỉnh", "Province code"],
        [FigureColumn.Commune] = ["Xã/Phường", "Xã", "Phường", "Xã, phường, đặc khu", "Xã/Phường/Đặc khu", "Mã xã", "Commune code", "Ward"],
        [FigureColumn.Field] = ["Lĩnh vực", "Mã lĩnh vực", "Field code"],
        [FigureColumn.District] = ["Quận/Huyện", "Quận, huyện", "Huyện", "Quận", "Quận/Huyện/Thị xã/Thành phố thuộc tỉnh",
            "Quận, huyện, thị xã, thành phố thuộc tỉnh", "Quận/Huyện/Thị xã/Thành phố", "Cấp huyện", "Mã huyện", "Mã QH", "District code"],
        [FigureColumn.DistrictName] = ["Tên huyện", "District name"],
        [FigureColumn.ReceivedOnline] = ["Trực tuyến", "Tiếp nhận trực tuyến", "Online"],
        [FigureColumn.ReceivedOffline] = ["Trực tiếp/bưu chính", "Trực tiếp, dịch vụ bưu chính", "Trực tiếp", "In person or by post", "Offline"],
        [FigureColumn.CarriedOver] = ["Kỳ trước chuyển qua", "Từ kỳ trước", "Kỳ trước chuyển sang"],
        [FigureColumn.ResolvedEarly] = ["Trước hạn", "Giải quyết trước hạn", "Early"],
        [FigureColumn.ResolvedOnTime] = ["Đúng hạn", "Giải quyết đúng hạn", "On time"],
        [FigureColumn.ResolvedLate] = ["Quá hạn", "Giải quyết quá hạn", "Đã giải quyết quá hạn", "Late"],
        [FigureColumn.PendingWithin] = ["Trong hạn", "Đang giải quyết trong hạn", "Pending within deadline"],
        [FigureColumn.PendingOverdue] = ["Đang giải quyết quá hạn", "Quá hạn (đang giải quyết)", "Pending overdue"],
        [FigureColumn.Received] = ["Tiếp nhận", "Đã tiếp nhận", "Tiếp nhận mới", "Số hồ sơ tiếp nhận", "Tiếp nhận trong kỳ"],
        [FigureColumn.Handled] = ["Tổng số", "Số hồ sơ nhận giải quyết", "Tổng số hồ sơ nhận giải quyết"],
        [FigureColumn.Resolved] = ["Đã giải quyết", "Số hồ sơ đã giải quyết"],
        [FigureColumn.Pending] = ["Đang giải quyết", "Số hồ sơ đang giải quyết"],
    };

    private static readonly Dictionary<string, FigureColumn> ByKey = BuildIndex(VietnameseText.ToneKey);
    private static readonly Dictionary<string, FigureColumn> ByPlainKey = BuildIndex(VietnameseText.PlainKey);

    public static FigureColumn? Recognise(string header)
    {
        if (ByKey.TryGetValue(VietnameseText.ToneKey(header), out var column)) return column;
        if (VietnameseText.HasNoDiacritics(header) && ByPlainKey.TryGetValue(VietnameseText.PlainKey(header), out column)) return column;
        return null;
    }

    /// <summary>
    /// Maps each header cell to its column. On the official form the second "Quá hạn" (after "Trong hạn")
    /// is the pending overdue count, so a bare "Quá hạn" after a pending-within column means that.
    /// </summary>
    public static (Dictionary<FigureColumn, int> Columns, IngestErrors Errors) Map(TableHeader header)
    {
        var columns = new Dictionary<FigureColumn, int>();
        var errors = new IngestErrors();
        for (int i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i].Trim();
            if (text.Length == 0) continue;
            var column = Recognise(text);
            if (column == FigureColumn.ResolvedLate && columns.ContainsKey(FigureColumn.PendingWithin)) column = FigureColumn.PendingOverdue;
            if (column is null)
            {
                errors.Add(new IngestError(header.Row, text, text, "unknown_header",
                    $"Tiêu đề cột không nhận ra: '{text}'. Dùng tên chuẩn (period, province, commune, field, received_online, ...).",
                    $"Unrecognised column header '{text}'. Use the canonical names (period, province, commune, field, received_online, ...)."));
            }
            else if (!columns.TryAdd(column.Value, i))
            {
                errors.Add(new IngestError(header.Row, text, text, "duplicate_header",
                    $"Cột '{text}' trùng với một cột trước (cùng là {CanonicalNames[column.Value]}).",
                    $"Column '{text}' repeats an earlier column (both are {CanonicalNames[column.Value]})."));
            }
        }
        foreach (var required in new[] { FigureColumn.Period, FigureColumn.Province, FigureColumn.Field })
        {
            if (!columns.ContainsKey(required))
            {
                var name = CanonicalNames[required];
                errors.Add(new IngestError(header.Row, name, "", "missing_header",
                    $"Thiếu cột bắt buộc '{name}'.", $"Missing required column '{name}'."));
            }
        }
        if (!columns.Keys.Any(c => c >= FigureColumn.ReceivedOnline))
        {
            errors.Add(new IngestError(header.Row, "", "", "missing_header",
                "Không có cột số liệu nào (received_online, resolved_early, ...).", "No measure column (received_online, resolved_early, ...)."));
        }
        return (columns, errors);
    }

    private static Dictionary<string, FigureColumn> BuildIndex(Func<string, string> key)
    {
        var index = new Dictionary<string, FigureColumn>(StringComparer.Ordinal);
        foreach (var (column, name) in CanonicalNames) index[key(name)] = column;
        foreach (var (column, names) in Aliases)
            foreach (var name in names) index.TryAdd(key(name), column);
        return index;
    }
}
