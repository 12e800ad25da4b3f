using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Ingestion.Forms;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// Reads dossier figures from Vietnamese prose. A number counts only when "hồ sơ" follows it, so dates, laws,
/// money, people, procedures and fields are never read as dossiers; its measure comes from the verb before it
/// (tiếp nhận, giải quyết, đang giải quyết) and the qualifier after it (trước hạn, đúng hạn, quá hạn, trực tuyến).
/// The unit and the month carry over from earlier sentences, as a reader would carry them.
/// </summary>
public static partial class NarrativeExtractor
{
    public static IReadOnlyList<NarrativeStatement> Extract(string input, UnitDirectory units, IReadOnlyList<Field> fields, DateOnly referenceDate)
    {
        var text = NarrativeText.Plain(input);
        var statements = new List<Builder>();
        UnitMention.Found? unit = null;
        (string Text, Month? Month) period = ("", null);
        foreach (var (start, end) in Sentences(text))
        {
            var sentence = text[start..end];
            var mention = UnitMention.Resolve(sentence, units);
            if (mention.Province is not null) unit = mention;
            if (PeriodIn(sentence, referenceDate) is { } p) period = p;

            foreach (var (name, figure, field) in FiguresIn(text, start, end, fields))
            {
                var key = (unit?.Commune?.Code ?? unit?.Province?.Code ?? "", period.Text);
                var builder = statements.FirstOrDefault(s => s.Key == key);
                if (builder is null) statements.Add(builder = new Builder(key, unit, period));
                var target = field is null ? builder.Figures : builder.FieldFigures(field);
                target.TryAdd(name, figure);
            }
        }
        return statements.Select(b => b.Build()).ToList();
    }

    private sealed class Builder(
        (string Unit, string Period) key, UnitMention.Found? unit, (string Text, Month? Month) period)
    {
        public (string Unit, string Period) Key { get; } = key;
        public Dictionary<string, NarrativeFigure> Figures { get; } = new(StringComparer.Ordinal);
        private readonly List<(Field Field, Dictionary<string, NarrativeFigure> Figures)> _fields = [];

        public Dictionary<string, NarrativeFigure> FieldFigures(Field field)
        {
            var found = _fields.FirstOrDefault(f => f.Field.Code == field.Code);
            if (found.Field is null) _fields.Add(found = (field, new Dictionary<string, NarrativeFigure>(StringComparer.Ordinal)));
            return found.Figures;
        }

        public NarrativeStatement Build() => new(
            unit?.Text ?? "", unit?.Province, unit?.Commune,
            period.Text, period.Month?.FirstDay, period.Month?.LastDay,
            Figures, _fields.Select(f => new NarrativeFieldFigures(f.Field.NameVi, f.Field, f.Figures)).ToList());
    }

    /// <summary>Sentences as spans: a full stop, "!" or "?" followed by a space ends one (not the dot of 1.234), so does a line break.</summary>
    internal static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c == '\n' || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!ends) continue;
            if (i > start) yield return (start, c == '\n' ? i : i + 1);
            start = i + 1;
        }
        if (start < text.Length) yield return (start, text.Length);
    }

    /// <summary>"tháng 7", "tháng 7/2025", "tháng 7 năm 2025"; a month without a year is the latest one not after the reference date.</summary>
    internal static (string Text, Month? Month)? PeriodIn(string sentence, DateOnly referenceDate)
    {
        var m = MonthPhrase().Match(sentence);
        if (!m.Success) return null;
        var number = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (number is < 1 or > 12) return null;
        var year = m.Groups["y"].Success
            ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
            : number > referenceDate.Month ? referenceDate.Year - 1 : referenceDate.Year;
        return (m.Value.Trim(), new Month(year, number));
    }

    private static IEnumerable<(string Name, NarrativeFigure Figure, Field? Field)> FiguresIn(string text, int start, int end, IReadOnlyList<Field> fields)
    {
        var sentence = text[start..end];
        foreach (Match m in Count().Matches(sentence))
        {
            // "1.456/1.625 hồ sơ" is a share, not two counts; a number glued to a slash is a date or a document number.
            if (m.Index > 0 && sentence[m.Index - 1] is '/' or '-') continue;
            var before = VietnameseText.PlainKey(ClauseBreak().Replace(sentence[..m.Index], ClauseMark));
            var afterEnd = sentence.IndexOfAny([',', ';', '(', ')', '.', ':'], m.Index + m.Length);
            var after = VietnameseText.PlainKey(sentence[(m.Index + m.Length)..(afterEnd < 0 ? sentence.Length : afterEnd)]);
            var name = MeasureOf(before, after);
            if (string.IsNullOrEmpty(name)) continue;
            var value = Number(m.Groups["num"].Value, m.Groups["mult"].Value);
            if (value is null) continue;
            var figure = new NarrativeFigure(value.Value, m.Groups["approx"].Success, sentence.Trim(), start + m.Index, start + m.Index + m.Length);
            var inParentheses = m.Index > 0 && sentence[..m.Index].TrimEnd().EndsWith('(');
            Field? field = inParentheses ? FieldBefore(sentence[..sentence.LastIndexOf('(', m.Index)], fields) : null;
            if (inParentheses && field is null) continue;
            yield return (name, figure, field);
        }
        foreach (Match m in Percent().Matches(sentence))
        {
            var before = VietnameseText.PlainKey(sentence[..m.Index]);
            if (!before.Contains("dung han", StringComparison.Ordinal) && !before.Contains("dung hen", StringComparison.Ordinal)) continue;
            if (!decimal.TryParse(m.Groups["num"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)) continue;
            yield return ("on_time_rate_percent", new NarrativeFigure(rate, m.Groups["approx"].Success, sentence.Trim(), start + m.Index, start + m.Index + m.Length), null);
        }
    }

    /// <summary>
    /// The measure a count is. Reports put the verb before the number ("đã giải quyết 73 hồ sơ") or after it
    /// ("323.006 hồ sơ tiếp nhận trực tuyến"), and the qualifier after it ("55 hồ sơ trước hạn") or before it in the
    /// same clause ("trả trước thời hạn 22.357 hồ sơ"). Empty string: a count that is none of the measures.
    /// </summary>
    internal static string? MeasureOf(string plainBefore, string plainAfter)
    {
        var a = " " + plainAfter + " ";
        bool After(string words) => a.Contains(" " + words + " ", StringComparison.Ordinal);
        bool AfterStarts(params string[] phrases) => phrases.Any(p => (a.TrimStart().StartsWith("tthc ", StringComparison.Ordinal) ? a.TrimStart()[5..] : a.TrimStart())
            .StartsWith(p + " ", StringComparison.Ordinal));
        // Delays in receiving online dossiers are a different indicator, not a count of the form.
        if (AfterStarts("cham duoc tiep nhan", "cham tiep nhan", "qua han tiep nhan", "bi tra lai", "phai bo sung")) return null;
        if (AfterStarts("giai quyet qua han dang xu ly", "dang xu ly qua han", "dang giai quyet qua han", "xu ly qua han", "dang o trang thai xu ly qua han"))
            return "pending_overdue";
        if (AfterStarts("giai quyet qua han", "tra qua han", "tra ket qua qua han")) return "resolved_late";
        if (AfterStarts("tiep nhan truc tuyen", "nop truc tuyen")) return "received_online";
        if (AfterStarts("tiep nhan", "tiep nhan moi")) return "received";
        if (AfterStarts("dang giai quyet", "dang xu ly", "chua giai quyet")) return "pending";
        if (AfterStarts("da giai quyet", "giai quyet", "da tra ket qua")) return "resolved";

        var verb = LastVerb(plainBefore);
        if (After("truoc va dung han") || After("truoc han va dung han") || After("dung va truoc han")) return "early_or_on_time";
        if (After("truoc han") || After("truoc thoi han")) return verb is null or "resolved" ? "resolved_early" : null;
        if (After("dung han")) return verb is null or "resolved" ? "resolved_on_time" : null;
        // Overdue dossiers still pending are not "resolved late".
        if (After("qua han")) return verb == "pending" ? "pending_overdue" : verb == "resolved" ? "resolved_late" : null;
        if (After("truc tuyen")) return verb is null or "received" ? "received_online" : null;
        if (After("ky truoc chuyen sang") || After("tu ky truoc") || After("ton ky truoc")) return "carried_over";

        // A qualifier written before the number in its own clause: "trong đó, trả trước thời hạn 22.357 hồ sơ".
        var clause = " " + LastClause(plainBefore) + " ";
        bool Clause(string words) => clause.Contains(" " + words + " ", StringComparison.Ordinal);
        if (Clause("truoc va dung han") || Clause("truoc han va dung han")) return "early_or_on_time";
        if (Clause("truoc thoi han") || Clause("truoc han")) return verb is null or "resolved" ? "resolved_early" : null;
        if (Clause("dung han")) return verb is null or "resolved" ? "resolved_on_time" : null;
        if (Clause("qua han")) return verb == "pending" ? "pending_overdue" : verb == "resolved" ? "resolved_late" : null;
        if (Clause("truc tuyen")) return verb is null or "received" ? "received_online" : null;
        return verb;
    }

    /// <summary>The words since the last clause break; PlainKey drops punctuation, so the break is marked before folding.</summary>
    private static string LastClause(string plainBefore)
    {
        var at = plainBefore.LastIndexOf(ClauseMark.Trim(), StringComparison.Ordinal);
        return at < 0 ? plainBefore : plainBefore[(at + ClauseMark.Trim().Length)..].Trim();
    }

    internal const string ClauseMark = " qqclauseqq ";

    private static string? LastVerb(string plainBefore)
    {
        var p = " " + plainBefore + " ";
        (string Words, string Name)[] verbs =
        [
            ("tiep nhan", "received"), ("nhan moi", "received"), ("nhan giai quyet", "handled"),
            ("da giai quyet", "resolved"), ("giai quyet", "resolved"), ("tra ket qua", "resolved"), ("xu ly", "resolved"),
            ("dang giai quyet", "pending"), ("chua giai quyet", "pending"), ("dang xu ly", "pending"), ("con ton", "pending"),
        ];
        string? best = null;
        var bestEnd = -1;
        var bestLength = 0;
        foreach (var (words, name) in verbs)
        {
            var at = p.LastIndexOf(" " + words + " ", StringComparison.Ordinal);
            if (at < 0) continue;
            // Phrases ending at the same word: the longer one is meant ("đang giải quyết", not "giải quyết").
            var end = at + words.Length;
            if (end > bestEnd || (end == bestEnd && words.Length > bestLength)) (best, bestEnd, bestLength) = (name, end, words.Length);
        }
        return best;
    }

    private static Field? FieldBefore(string textBefore, IReadOnlyList<Field> fields)
    {
        var key = VietnameseText.ToneKey(textBefore);
        return fields.Where(f => key.EndsWith(VietnameseText.ToneKey(f.NameVi), StringComparison.Ordinal))
            .OrderByDescending(f => f.NameVi.Length).FirstOrDefault();
    }

    private static decimal? Number(string digits, string multiplier)
    {
        var plain = ThousandsDots().IsMatch(digits) ? digits.Replace(".", "") : digits;
        if (!decimal.TryParse(plain.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        value *= multiplier.ToLowerInvariant() switch { "ngàn" or "nghìn" => 1_000m, "triệu" => 1_000_000m, _ => 1m };
        return decimal.Round(value);
    }

    [GeneratedRegex(@"(?<approx>\b(?:gần|hơn|trên|khoảng|xấp xỉ|chừng)\s+)?(?<![\d.,])(?<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*(?<mult>ngàn|nghìn|triệu))?\s+(?:bộ\s+)?hồ\s+sơ", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"(?<approx>\b(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?(?<![\d.,])(?<num>\d{1,3}(?:,\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<!\d\s)\btháng\s+(?<m>\d{1,2})(?:\s*(?:/|-|\.|năm)\s*(?<y>\d{4}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthPhrase();

    [GeneratedRegex(@"[,;:(]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsDots();
}
