using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// What a count is. Two things decide it: the verb, whose dossiers they are (received, resolved, still pending), and the
/// qualifier (early, on time, late, online, carried over…). Reports put either before the number ("đã giải quyết 73 hồ
/// sơ", "trả trước thời hạn 22.357 hồ sơ") or after it ("323.006 hồ sơ tiếp nhận trực tuyến", "55 hồ sơ trước hạn").
/// All matching is on diacritic-free keys (<see cref="VietnameseText.PlainKey"/>).
/// </summary>
internal static partial class NarrativeMeasures
{
    public enum Family { Received, Resolved, Pending, Handled }

    public enum Qualifier { NotAFigure, PendingOverdue, Carried, New, EarlyOrOnTime, Early, OnTime, Late, Online }

    /// <summary>The qualifier a phrase gives its count, if any.</summary>
    public static Qualifier? QualifierOf(string plain)
    {
        var p = " " + plain + " ";
        bool Has(params string[] words) => words.Any(w => p.Contains(" " + w + " ", StringComparison.Ordinal));
        // Not one of the form's counts: received late, returned, withdrawn, synchronised, split by service level, due,
        // still within the deadline, in person or by post, paid online, or a change since another period.
        if (Has("cham duoc tiep nhan", "cham tiep nhan", "qua han tiep nhan", "tra lai", "rut", "dong bo", "muc do", "den han",
                "trong han", "trong thoi han", "truc tiep", "buu chinh", "thanh toan")
            // An average or a day's rate is no count of the period; dossiers of exams, tenders or court cases are no procedures.
            || Has("moi ngay", "binh quan", "trung binh", "du thi", "xet tuyen", "du thau", "moi thau", "benh an", "vu an")
            // Per person, per desk or per month ("mỗi công chức xử lý 300 hồ sơ").
            || Has("moi cong chuc", "moi can bo", "moi nguoi", "moi thang", "moi tuan", "moi quay", "moi xa", "moi don vi")
            || p.TrimEnd().EndsWith(" tang", StringComparison.Ordinal) || p.TrimEnd().EndsWith(" giam", StringComparison.Ordinal))
            return Qualifier.NotAFigure;
        // One number for resolved and pending dossiers together ("đã trả kết quả nhưng chậm hạn và … chưa có kết quả").
        if (Has("da tra ket qua", "da giai quyet") && Has("chua co ket qua", "dang giai quyet", "chua giai quyet")) return Qualifier.NotAFigure;
        if (Has("giai quyet qua han dang xu ly", "dang xu ly qua han", "dang giai quyet qua han", "xu ly qua han", "qua han chua co ket qua",
                "qua han nhung chua co ket qua", "qua han chua giai quyet", "qua han chua tra ket qua", "qua han chua xu ly",
                "ton dong qua han", "ton qua han", "con ton qua han", "qua han dang xu ly", "qua han dang giai quyet",
                "qua han chua duoc giai quyet", "qua han chua duoc xu ly", "qua han con ton"))
            return Qualifier.PendingOverdue;
        if (Has(CarriedOver)) return Qualifier.Carried;
        if (Has("tiep nhan moi", "moi tiep nhan", "nhan moi", "tiep nhan trong ky", "moi phat sinh")) return Qualifier.New;
        var early = Has("truoc han", "truoc thoi han", "som han", "truoc va", "som va", "truoc hen", "som hen");
        var onTime = Has("dung han", "dung hen", "dung va");
        if (early && onTime) return Qualifier.EarlyOrOnTime;
        // Officials write lateness several ways: "quá hạn", "trễ hạn/hẹn", "chậm hạn", "sai hẹn", "chậm muộn", "trễ muộn".
        if (Has("qua han", "tre han", "tre hen", "cham han", "tre qua han", "sai hen", "cham muon", "tre muon",
                "qua thoi han", "vuot thoi han", "khong dung han", "khong dung hen", "cham so voi", "tre so voi", "muon so voi",
                "tra cham", "cham tra", "tra muon", "tra tre", "giai quyet cham", "xu ly cham", "cham giai quyet", "tra ket qua cham",
                "giai quyet tre", "xu ly tre", "giai quyet muon", "tra ket qua tre", "tra ket qua muon"))
            return Qualifier.Late;
        if (early) return Qualifier.Early;
        if (onTime) return Qualifier.OnTime;
        if (Has("truc tuyen", "qua mang", "moi truong mang", "qua cong dich vu cong", "qua cong dvc")) return Qualifier.Online;
        return null;
    }

    /// <summary>
    /// Figures about other things worded like dossier counts: complaints and petitions, and applications for industrial-property
    /// titles (trademarks, patents), which are no procedures of the form.
    /// </summary>
    public static bool OtherThing(string plain)
    {
        var p = " " + plain + " ";
        return OtherThings.Any(w => p.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    private static readonly string[] OtherThings =
    [
        "khieu nai", "to cao", "kien nghi", "phan anh kien nghi", "don thu",
        // Applications for jobs and loans are no administrative procedures.
        "xin viec", "tuyen dung", "du tuyen", "vay von",
        // Sanctions and school admissions are no procedures of the form either.
        "vi pham", "xu phat", "tuyen sinh",
        "nhan hieu", "sang che", "so huu tri tue", "so huu cong nghiep", "kieu dang cong nghiep", "giai phap huu ich", "van bang bao ho",
        // Work done on dossiers that is no step of the form: digitising, signing, filing, paying, synchronising.
        "so hoa", "ky so", "luu tru", "thanh toan", "dong bo",
    ];

    /// <summary>
    /// A target, not a result: "phấn đấu tỷ lệ … đạt 100%", "mục tiêu …", "chỉ tiêu … là 95%", "yêu cầu bảo đảm 100% hồ sơ …",
    /// "dự kiến", "phải đạt" in the words of the figure's own clause, or opening the sentence.
    /// </summary>
    public static bool IsTarget(string plainClause, string plainSentenceStart) =>
        Target().IsMatch(plainClause) || Target().IsMatch(string.Join(' ', plainSentenceStart.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)));

    // "Thực hiện mục tiêu …", "vượt chỉ tiêu": a target met or carried out opens a result.
    [GeneratedRegex(@"(?<!\b(?:thuc hien|theo|hoan thanh|vuot) )\b(?:phan dau|muc tieu|chi tieu|du kien|phai dat|can dat|se dat|yeu cau bao dam|yeu cau dam bao)\b")]
    private static partial Regex Target();

    /// <summary>The verb a phrase starts with ("hồ sơ tiếp nhận…", "hồ sơ đang giải quyết…").</summary>
    public static Family? LeadingVerb(string plain)
    {
        var p = Masked(plain) + " ";
        while (p.StartsWith("da ", StringComparison.Ordinal) || p.StartsWith("duoc ", StringComparison.Ordinal) || p.StartsWith("bi ", StringComparison.Ordinal))
            p = p[(p.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        foreach (var (words, family) in Verbs.OrderByDescending(v => v.Words.Length))
            if (p.StartsWith(words + " ", StringComparison.Ordinal)) return family;
        return null;
    }

    /// <summary>The last verb in a phrase; of phrases ending at the same word the longer one is meant ("đang giải quyết").</summary>
    public static Family? LastVerb(string plain)
    {
        var p = " " + Masked(plain) + " ";
        Family? best = null;
        var bestEnd = -1;
        var bestLength = 0;
        foreach (var (words, family) in Verbs)
        {
            var at = p.LastIndexOf(" " + words + " ", StringComparison.Ordinal);
            if (at < 0) continue;
            var end = at + words.Length;
            if (end > bestEnd || (end == bestEnd && words.Length > bestLength)) (best, bestEnd, bestLength) = (family, end, words.Length);
        }
        return best;
    }

    /// <summary>The figure name of a count, or null when it is none of the figures.</summary>
    /// <param name="receiving">The count's clause speaks of receiving ("tiếp nhận và xử lý trực tuyến").</param>
    public static string? Name(Qualifier? qualifier, Family? family, bool receiving) => qualifier switch
    {
        Qualifier.NotAFigure => null,
        Qualifier.PendingOverdue => "pending_overdue",
        Qualifier.Carried => "carried_over",
        Qualifier.New => "received",
        Qualifier.EarlyOrOnTime => family is null or Family.Resolved ? "early_or_on_time" : null,
        Qualifier.Early => family is null or Family.Resolved ? "resolved_early" : null,
        Qualifier.OnTime => family is null or Family.Resolved ? "resolved_on_time" : null,
        // Overdue dossiers still pending are not "resolved late".
        Qualifier.Late => family switch { Family.Pending => "pending_overdue", Family.Resolved => "resolved_late", _ => null },
        Qualifier.Online => family is null or Family.Received || receiving ? "received_online" : null,
        _ => family switch { Family.Received => "received", Family.Resolved => "resolved", Family.Pending => "pending", _ => null },
    };

    /// <summary>A phrase naming carried-over dossiers: a "received" total with such a breakdown is the handled total (form column 3).</summary>
    public static bool MentionsCarriedOver(string plain) =>
        CarriedOver.Append("ky truoc").Any(w => (" " + plain + " ").Contains(" " + w + " ", StringComparison.Ordinal));

    private static readonly string[] CarriedOver = ["ky truoc chuyen sang", "ky truoc chuyen qua", "tu ky truoc", "ton ky truoc", "tu truoc chuyen sang", "chuyen qua"];

    private static readonly (string Words, Family Family)[] Verbs =
    [
        ("tiep nhan", Family.Received), ("nhan moi", Family.Received), ("duoc nop", Family.Received), ("nop", Family.Received),
        ("giai quyet", Family.Resolved), ("da giai quyet", Family.Resolved), ("tra ket qua", Family.Resolved), ("co ket qua", Family.Resolved),
        ("xu ly", Family.Resolved), ("da xu ly", Family.Resolved), ("tra truoc", Family.Resolved), ("tra dung", Family.Resolved),
        ("dang giai quyet", Family.Pending), ("chua giai quyet", Family.Pending), ("dang xu ly", Family.Pending), ("con ton", Family.Pending),
        ("dang tiep tuc xu ly", Family.Pending), ("dang tiep tuc giai quyet", Family.Pending),
        ("tra cho", Family.Resolved), ("hoan thanh giai quyet", Family.Resolved), ("giai quyet xong", Family.Resolved),
        ("chua co ket qua", Family.Pending), ("dang trong thoi han", Family.Pending), ("xu ly qua han", Family.Pending),
        ("da va dang giai quyet", Family.Handled), ("nhan giai quyet", Family.Handled), ("yeu cau giai quyet", Family.Handled),
        ("can xu ly", Family.Handled), ("can giai quyet", Family.Handled),
        // Results returned, lateness and backlog in other words; a workload to resolve is the handled total, not what was resolved.
        ("da nhan", Family.Received), ("nhan duoc", Family.Received), ("da nop", Family.Received),
        ("hoan thanh", Family.Resolved), ("hoan tat", Family.Resolved), ("tra cham", Family.Resolved), ("tra muon", Family.Resolved),
        ("tra tre", Family.Resolved),
        ("phai giai quyet", Family.Handled), ("phai xu ly", Family.Handled), ("de nghi giai quyet", Family.Handled),
        ("nhu cau giai quyet", Family.Handled),
    ];

    // Nouns built on a verb ("tiến độ giải quyết", "hạn giải quyết") are not the verb of a count.
    private static readonly (string From, string To)[] Nouns =
    [
        ("tien do giai quyet", "tien do"), ("ket qua giai quyet", "ket qua"), ("tinh hinh giai quyet", "tinh hinh"),
        ("tham quyen giai quyet", "tham quyen"), ("cong tac giai quyet", "cong tac"), ("viec giai quyet", "viec"),
        ("han giai quyet", "han"), ("han xu ly", "han"), ("ket qua tiep nhan", "ket qua"), ("ty le giai quyet", "ty le"),
        ("thong tin giai quyet", "thong tin"), ("da nhan ket qua", "ket qua"), ("nhan duoc ket qua", "ket qua"),
    ];

    private static string Masked(string plain)
    {
        var p = " " + SharedBase().Replace(plain, "so voi") + " ";
        foreach (var (from, to) in Nouns) p = p.Replace(" " + from + " ", " " + to + " ", StringComparison.Ordinal);
        return p.Trim();
    }

    // The count a share or a comparison is taken of names a verb that is not the verb of the counts around it: "đạt 98% so
    // với số hồ sơ tiếp nhận; trong đó đúng và trước hạn 7.950 hồ sơ", "chiếm 37,5% tổng số hồ sơ tiếp nhận".
    [GeneratedRegex(@"\b(?:so voi|chiem|bang|tren)(?: [0-9]+)*(?: phan tram)? (?:tong )?so (?:luong )?(?:ho so )?(?:da |duoc )?(?:tiep nhan|giai quyet|xu ly)\b")]
    private static partial Regex SharedBase();
}
