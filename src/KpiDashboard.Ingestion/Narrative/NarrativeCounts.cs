using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// The numbers of a sentence that count dossiers. A number counts when "hồ sơ" (or its abbreviation, "hồ sơ (HS)") follows
/// it — "1.234 hồ sơ", "57.689 bộ hồ sơ", "tám hồ sơ" — or when its own clause names the dossiers first and a verb links
/// them — "số hồ sơ quá hạn còn 154", "số hồ sơ mới tiếp nhận là 57.028 bộ" —, or when it is listed beside such a count
/// after a measure's words — "trong đó trước hạn 30.000, đúng hạn 21.000". Everything else (dates, laws, money, people,
/// procedures, rankings) is left alone. "4.561/5.650 HS" is 4.561 of a total of 5.650: the count is the first number.
/// </summary>
internal static partial class NarrativeCounts
{
    /// <param name="Index">Where the count starts (at "gần", "hơn"… when written).</param>
    /// <param name="End">Where it ends, after "hồ sơ" when written.</param>
    public sealed record Count(int Index, int End, decimal Value, bool Approximate);

    /// <summary>Abbreviations a text defines for "hồ sơ", such as "hồ sơ (HS)": a report defines one, so a few are kept,
    /// each one tried at every number.</summary>
    public static IReadOnlyList<string> Abbreviations(string text) =>
        Abbreviation().Matches(text).Select(m => m.Groups["abbr"].Value).Distinct().Take(4).ToList();

    /// <summary>
    /// The counts of one sentence that are read. The richest sentence of a real report states about twenty; each count is read
    /// against the words before it, so a run of hundreds (a pasted table, or an attack) would cost their square.
    /// </summary>
    public const int MaxPerSentence = 40;

    /// <summary>
    /// The largest number read as a count: facts hold counts as 32-bit integers, and a larger number ("3000000000 hồ sơ", "10^26
    /// triệu hồ sơ") is no count of dossiers; read, it overflowed the arithmetic or the ingest.
    /// </summary>
    public const decimal MaxCount = int.MaxValue;

    public static IReadOnlyList<Count> In(string sentence, IReadOnlyList<string> abbreviations)
    {
        var numbers = Number().Matches(sentence);
        var respectively = NarrativeRespectively.Word().Match(sentence) is { Success: true } word ? word.Index : int.MaxValue;
        var kinds = new Kind[numbers.Count];
        for (var i = 0; i < numbers.Count; i++)
        {
            var m = numbers[i];
            var noun = NounAt(sentence, m.Index + m.Length, abbreviations);
            kinds[i] = Percent().IsMatch(sentence.AsSpan(m.Index + m.Length)) ? Kind.Share
                : noun >= 0 || LabelledBefore(sentence, m, abbreviations) ? Kind.Dossiers
                : Listed(sentence, i > 0 ? numbers[i - 1].Index + numbers[i - 1].Length : 0, m, respectively) ? Kind.Listed
                : Kind.Other;
        }
        // A listed number is one more of the dossiers only next to them, shares aside: "tiếp nhận 20 kiến nghị, giải quyết 18" stays out.
        for (var i = 0; i < kinds.Length; i++)
            if (kinds[i] == Kind.Listed && Neighbour(kinds, i, -1) == Kind.Dossiers) kinds[i] = Kind.Dossiers;
        for (var i = kinds.Length - 1; i >= 0; i--)
            if (kinds[i] == Kind.Listed && Neighbour(kinds, i, +1) == Kind.Dossiers) kinds[i] = Kind.Dossiers;

        var counts = new List<Count>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var m = numbers[i];
            if (kinds[i] != Kind.Dossiers) continue;
            if (m.Groups["base"].Success && Value(m.Groups["base"].Value, "") < Value(m.Groups["num"].Value, "")) continue;
            var noun = NounAt(sentence, m.Index + m.Length, abbreviations);
            // "400 hồ sơ/ngày": a rate per day, per person or per desk, no count of the period.
            if (noun >= 0 && PerUnit().IsMatch(sentence.AsSpan(noun))) continue;
            if (Value(m.Groups["num"].Value, m.Groups["mult"].Value) is not { } value) continue;
            // "12 nghìn 500 hồ sơ": the units after a whole number of thousands.
            if (m.Groups["rest"].Success && !m.Groups["num"].Value.Contains(',', StringComparison.Ordinal) && m.Groups["mult"].Value.ToLowerInvariant() is "ngàn" or "nghìn")
                value += decimal.Parse(m.Groups["rest"].Value, CultureInfo.InvariantCulture);
            if (value > MaxCount) continue;
            counts.Add(new Count(m.Index, noun < 0 ? m.Index + m.Length : noun, value, m.Groups["approx"].Success));
        }
        foreach (Match m in NumberWord().Matches(sentence))
        {
            var noun = NounAt(sentence, m.Index + m.Length, abbreviations);
            if (noun < 0) continue;
            var value = Array.IndexOf(Words, m.Groups["word"].Value.ToLowerInvariant()) + 2;
            counts.Add(new Count(m.Index, noun, value, m.Groups["approx"].Success));
        }
        return counts.OrderBy(c => c.Index).Take(MaxPerSentence).ToList();
    }

    /// <summary>Where "hồ sơ", "bộ hồ sơ" or an abbreviation of it ends when it follows <paramref name="at"/>; -1 when it does not.</summary>
    private static int NounAt(string sentence, int at, IReadOnlyList<string> abbreviations)
    {
        var m = Noun().Match(sentence, at);
        if (m.Success) return m.Index + m.Length;
        var rest = sentence.AsSpan(at).TrimStart();
        var skipped = sentence.Length - at - rest.Length;
        foreach (var abbr in abbreviations)
            if (rest.StartsWith(abbr, StringComparison.Ordinal) && (rest.Length == abbr.Length || !char.IsLetterOrDigit(rest[abbr.Length])))
                return at + skipped + abbr.Length;
        return -1;
    }

    /// <summary>
    /// "số hồ sơ quá hạn còn 154,": the clause names the dossiers, a linking word stands right before the number, and
    /// nothing but punctuation, "và" or "bộ" follows it.
    /// </summary>
    private static bool LabelledBefore(string sentence, Match number, IReadOnlyList<string> abbreviations)
    {
        if (!Follower().IsMatch(sentence.AsSpan(number.Index + number.Length))) return false;
        var at = number.Groups["num"].Index;
        var clauseStart = Math.Max(sentence.LastIndexOfAny([',', ';'], Math.Max(0, at - 1)) + 1, 0);
        var clause = Parenthetical().Replace(sentence[clauseStart..at], " ");
        var plain = " " + VietnameseText.PlainKey(clause) + " ";
        var named = abbreviations.Select(VietnameseText.PlainKey).Append("ho so")
            .Max(word => plain.LastIndexOf(" " + word + " ", StringComparison.Ordinal));
        if (named < 0 || plain[named..].Any(char.IsAsciiDigit)) return false;
        return Linking().IsMatch(clause);
    }

    /// <summary>
    /// "đã giải quyết 52.000 hồ sơ, trong đó trước hạn 30.000, đúng hạn 21.000, quá hạn 1.000 hồ sơ", "tiếp nhận 55.000 hồ
    /// sơ; đã giải quyết 52.000; đang giải quyết 3.000": in a sentence that counts dossiers, a number written straight after
    /// the words of a measure (a deadline, online, a verb of the form) and followed only by a list's punctuation is one more
    /// of those dossiers. The words count from the number before it, so "đúng hạn tháng 10" or "trễ hạn 3 ngày" stay out.
    /// </summary>
    /// <param name="respectively">Where "lần lượt" or "tương ứng" stands: after it, "65.000, 68.000 và 70.000 hồ sơ" is a list too.</param>
    private static bool Listed(string sentence, int from, Match number, int respectively)
    {
        if (!Follower().IsMatch(sentence.AsSpan(number.Index + number.Length)) || number.Groups["base"].Success || number.Groups["mult"].Success)
            return false;
        // "tiếp nhận lần lượt 65.000 và 70.000 hồ sơ", "tương ứng 65.000 …": the words of a list that goes one to each.
        var plain = VietnameseText.PlainKey(sentence[from..number.Groups["num"].Index]).Replace("lan luot", "", StringComparison.Ordinal)
            .Replace("tuong ung", "", StringComparison.Ordinal);
        if (OtherCounted.Any(noun => (" " + plain + " ").Contains(" " + noun + " ", StringComparison.Ordinal))) return false;
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (respectively < from && words.All(w => w == "va")) return true;
        while (words.Count > 0 && words[^1] is "la" or "co" or "dat" or "gom") words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || !MeasureEnds.Contains(words[^1])) return false;
        var phrase = string.Join(' ', words.TakeLast(4));
        return NarrativeMeasures.QualifierOf(phrase) is not null || NarrativeMeasures.LastVerb(phrase) is not null;
    }

    private enum Kind { Other, Dossiers, Listed, Share }

    /// <summary>The kind of the nearest number on that side that is not a share.</summary>
    private static Kind Neighbour(Kind[] kinds, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < kinds.Length; j += step)
            if (kinds[j] != Kind.Share) return kinds[j];
        return Kind.Other;
    }

    // Things counted beside dossiers whose numbers are written the same way: "số thủ tục trực tuyến 1.200", "lượt truy cập".
    private static readonly string[] OtherCounted =
    [
        "thu tuc", "dich vu", "luot", "nguoi", "cong dan", "ca nhan", "to chuc", "doanh nghiep", "don vi", "can bo", "cong chuc",
        "tai khoan", "diem", "cuoc goi", "tin nhan", "phan anh", "kien nghi", "khieu nai", "to cao", "don", "giay to", "ban sao",
        "van ban", "quay", "linh vuc",
    ];

    // The last word of a measure's words: "… hạn", "… hẹn", "trực tuyến", "tiếp nhận", "giải quyết", "xử lý", "kết quả", "tồn".
    private static readonly HashSet<string> MeasureEnds = ["han", "hen", "tuyen", "nhan", "quyet", "ly", "qua", "ton", "mang"];

    private static decimal? Value(string digits, string multiplier)
    {
        var plain = ThousandsDots().IsMatch(digits) ? digits.Replace(".", "", StringComparison.Ordinal) : digits;
        if (!decimal.TryParse(plain.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > MaxCount) return null;
        value *= multiplier.ToLowerInvariant() switch { "ngàn" or "nghìn" => 1_000m, "triệu" => 1_000_000m, _ => 1m };
        return decimal.Round(value);
    }

    private static readonly string[] Words = ["hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    [GeneratedRegex(@"hồ\s+sơ\s*\((?<abbr>[A-ZĐ]{2,5})\)")]
    private static partial Regex Abbreviation();

    // A number glued to "/" or "-" on its left is part of a date or a document number, and so is one followed by more digits.
    [GeneratedRegex(@"(?<approx>\b(?:gần|hơn|trên|khoảng|xấp xỉ|chừng)\s+)?(?<![0-9.,/\-])(?<num>[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?)(?:/(?<base>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+))?(?![0-9/]|[.,][0-9])(?:\s*(?<mult>ngàn|nghìn|triệu)\b(?:\s+(?<rest>[0-9]{1,3})(?![0-9.,/]))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    // Small counts written in words ("chỉ tám hồ sơ quá hạn"); "một" and "năm" are left out, they mean "a" and "year" too often.
    [GeneratedRegex(@"(?<approx>\b(?:gần|hơn|trên|khoảng)\s+)?(?<!\p{L})(?<word>hai|ba|bốn|sáu|bảy|tám|chín|mười)(?=\s+(?:hồ\s+sơ|HS)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"^\s*/\s*\p{L}")]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"^\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\G\s*(?:bộ\s+|lượt\s+)?hồ\s+sơ\b", RegexOptions.IgnoreCase)]
    private static partial Regex Noun();

    [GeneratedRegex(@"^\s*(?:bộ\b|và\b|[,;.:)(]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Follower();

    [GeneratedRegex(@"(?:\blà|\bcó|\bcòn|\bgồm|\bđạt|\btổng\s+cộng|:|\bgần|\bhơn|\btrên|\bkhoảng)\s*(?:(?:gần|hơn|trên|khoảng)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Linking();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{3})+$")]
    private static partial Regex ThousandsDots();
}
