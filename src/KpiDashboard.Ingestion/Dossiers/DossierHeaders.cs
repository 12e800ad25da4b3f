using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// The header of a dossier list: canonical names and the usual Vietnamese headers of one-stop systems' exports (the list
/// is in README.md). Columns of personal data (applicant, address, ID number, phone) and any other column are ignored
/// and named in warnings: they are never read.
/// </summary>
public static class DossierHeaders
{
    public static IReadOnlyDictionary<DossierColumn, string> CanonicalNames { get; } = new Dictionary<DossierColumn, string>
    {
        [DossierColumn.DossierCode] = "dossier_code",
        [DossierColumn.ProcedureCode] = "procedure_code",
        [DossierColumn.ProcedureName] = "procedure_name",
        [DossierColumn.Field] = "field",
        [DossierColumn.Province] = "province",
        [DossierColumn.Commune] = "commune",
        [DossierColumn.Channel] = "channel",
        [DossierColumn.ReceivedAt] = "received_at",
        [DossierColumn.DueAt] = "due_at",
        [DossierColumn.HandlingDays] = "handling_days",
        [DossierColumn.SupplementRequests] = "supplement_requests",
        [DossierColumn.SupplementDays] = "supplement_days",
        [DossierColumn.FinishedAt] = "finished_at",
        [DossierColumn.Outcome] = "outcome",
    };

    public static IReadOnlyDictionary<DossierColumn, string[]> Aliases { get; } = new Dictionary<DossierColumn, string[]>
    {
        [DossierColumn.DossierCode] = ["Mã hồ sơ", "Số hồ sơ", "Dossier code"],
        [DossierColumn.ProcedureCode] = ["Mã TTHC", "Mã thủ tục", "Mã thủ tục hành chính", "Procedure code"],
        [DossierColumn.ProcedureName] = ["Tên TTHC", "Tên thủ tục", "Tên thủ tục hành chính", "Thủ tục hành chính", "Procedure"],
        [DossierColumn.Field] = ["Lĩnh vực", "Mã lĩnh vực", "Field code"],
        [DossierColumn.Province] = ["Tỉnh", "Tỉnh/Thành phố", "Tỉnh, thành phố", "Mã tỉnh", "Province code"],
        [DossierColumn.Commune] = ["Xã/Phường", "Xã", "Phường", "Xã, phường, đặc khu", "Xã/Phường/Đặc khu", "Mã xã", "Commune code"],
        [DossierColumn.Channel] = ["Kênh", "Kênh tiếp nhận", "Hình thức nộp", "Hình thức tiếp nhận", "Hình thức"],
        [DossierColumn.ReceivedAt] = ["Ngày tiếp nhận", "Ngày nhận", "Thời gian tiếp nhận", "Received"],
        [DossierColumn.DueAt] = ["Ngày hẹn trả", "Hẹn trả", "Ngày hẹn trả kết quả", "Hạn giải quyết", "Due date"],
        [DossierColumn.HandlingDays] = ["Thời hạn giải quyết", "Số ngày giải quyết", "Thời hạn (ngày làm việc)", "Handling days"],
        [DossierColumn.SupplementRequests] = ["Số lần yêu cầu bổ sung", "Số lần bổ sung", "Supplement requests"],
        [DossierColumn.SupplementDays] = ["Số ngày chờ bổ sung", "Số ngày bổ sung", "Thời gian bổ sung", "Supplement days"],
        [DossierColumn.FinishedAt] = ["Ngày kết thúc", "Ngày hoàn thành", "Ngày trả kết quả", "Ngày có kết quả", "Finished"],
        [DossierColumn.Outcome] = ["Kết quả", "Kết quả giải quyết", "Trạng thái", "Outcome"],
    };

    private static readonly DossierColumn[] Required =
        [DossierColumn.DossierCode, DossierColumn.ProcedureCode, DossierColumn.Field, DossierColumn.Province, DossierColumn.Channel, DossierColumn.ReceivedAt];

    // Words that mark a column of personal data, compared without diacritics.
    private static readonly string[] PersonalWords =
    [
        "ho ten", "ho va ten", "nguoi nop", "chu ho so", "to chuc ca nhan", "ca nhan", "cong dan", "dia chi", "cccd", "cmnd",
        "can cuoc", "dinh danh", "ho chieu", "dien thoai", "sdt", "email", "thu dien tu", "ngay sinh", "gioi tinh",
        "applicant", "name", "address", "phone", "identity", "id number", "birth", "passport",
    ];

    private static readonly Dictionary<string, DossierColumn> ByKey = BuildIndex(VietnameseText.ToneKey);
    private static readonly Dictionary<string, DossierColumn> ByPlainKey = BuildIndex(VietnameseText.PlainKey);

    public sealed record Mapping(Dictionary<DossierColumn, int> Columns, IngestErrors Errors, IReadOnlyList<string> Personal, IReadOnlyList<string> Other);

    public static DossierColumn? Recognise(string header)
    {
        if (ByKey.TryGetValue(VietnameseText.ToneKey(header), out var column)) return column;
        if (VietnameseText.HasNoDiacritics(header) && ByPlainKey.TryGetValue(VietnameseText.PlainKey(header), out column)) return column;
        return null;
    }

    /// <summary>A header with a dossier code and a received date is a dossier list (auto-detection).</summary>
    public static bool LooksLikeDossiers(IReadOnlyList<string> cells)
    {
        var found = cells.Select(c => Recognise(c.Trim())).ToHashSet();
        return found.Contains(DossierColumn.DossierCode) && found.Contains(DossierColumn.ReceivedAt);
    }

    public static bool IsPersonal(string header)
    {
        var plain = " " + VietnameseText.PlainKey(header).Replace('_', ' ') + " ";
        return PersonalWords.Any(w => plain.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    public static Mapping Map(TableHeader header)
    {
        var columns = new Dictionary<DossierColumn, int>();
        var errors = new IngestErrors();
        var personal = new List<string>();
        var other = new List<string>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i].Trim();
            if (text.Length == 0) continue;
            // "Tên TTHC" names a procedure, not a person: recognised columns first.
            if (Recognise(text) is not { } column)
            {
                (IsPersonal(text) ? personal : other).Add(text);
                continue;
            }
            if (!columns.TryAdd(column, i))
                errors.Add(new IngestError(header.Row, text, text, "duplicate_header",
                    $"Cột '{text}' trùng với một cột trước (cùng là {CanonicalNames[column]}).",
                    $"Column '{text}' repeats an earlier column (both are {CanonicalNames[column]})."));
        }
        foreach (var required in Required.Where(r => !columns.ContainsKey(r)))
        {
            var name = CanonicalNames[required];
            errors.Add(new IngestError(header.Row, name, "", "missing_header", $"Thiếu cột bắt buộc '{name}'.", $"Missing required column '{name}'."));
        }
        if (!columns.ContainsKey(DossierColumn.DueAt) && !columns.ContainsKey(DossierColumn.HandlingDays))
            errors.Add(new IngestError(header.Row, "due_at", "", "missing_header",
                "Cần cột 'due_at' hoặc 'handling_days'.", "Either 'due_at' or 'handling_days' is needed."));
        return new Mapping(columns, errors, personal, other);
    }

    private static Dictionary<string, DossierColumn> BuildIndex(Func<string, string> key)
    {
        var index = new Dictionary<string, DossierColumn>(StringComparer.Ordinal);
        foreach (var (column, name) in CanonicalNames) index[key(name)] = column;
        foreach (var (column, names) in Aliases)
            foreach (var name in names) index.TryAdd(key(name), column);
        return index;
    }
}
