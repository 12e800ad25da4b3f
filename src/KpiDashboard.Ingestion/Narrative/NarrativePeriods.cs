using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// The reporting periods a sentence names, where they stand: a month ("tháng 7/2025"), a quarter ("quý I/2024"), the first
/// months of a year ("9 tháng đầu năm 2020", "tính đến tháng 9/2016"), a year ("trong năm 2023", "từ năm 2015-2020"), or
/// a date range ("từ ngày 1/7 đến cuối tháng 10/2025", "từ đầu năm đến ngày 20/9/2025"). "… đến nay" is open-ended: no
/// period. A period after "so với" is a comparison and a lone date ("ngày 12/8") is a day, so neither is the period of
/// the figures.
/// </summary>
internal static partial class NarrativePeriods
{
    public enum Kind { Named, Range, OpenEnded }

    /// <param name="YearInferred">The phrase names no year ("tháng 3", "quý I"): its year was inferred.</param>
    /// <param name="Cumulative">"Lũy kế từ đầu năm": the year so far, said beside the period in mind, which it does not replace.</param>
    public sealed record Phrase(int Index, string Text, DateOnly? Start, DateOnly? End, Kind Kind, bool YearInferred = false, bool Cumulative = false);

    /// <param name="inMind">The period the passage has in mind: a month or quarter named without a year is of its year.</param>
    public static IReadOnlyList<Phrase> In(string sentence, DateOnly reference, Phrase? inMind = null)
    {
        var found = new List<Phrase>();
        var taken = new List<(int Start, int End)>();
        bool Free(Match m) => !taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length);
        void Add(Match m, DateOnly? start, DateOnly? end, Kind kind, bool inferred = false)
        {
            taken.Add((m.Index, m.Index + m.Length));
            if (IsComparison(sentence, m.Index)) return;
            if (kind != Kind.OpenEnded && (start is null || end is null || start > end)) return;
            found.Add(new Phrase(m.Index, m.Value.Trim(), start, end, kind, inferred));
        }

        foreach (Match m in SinceUntilNow().Matches(sentence)) Add(m, null, null, Kind.OpenEnded);
        foreach (Match m in SinceEventRange().Matches(sentence).Concat(DateRange().Matches(sentence)).Where(Free))
        {
            var (start, end) = RangeDates(m, reference);
            Add(m, start, end, Kind.Range);
        }
        // "Từ tháng 4 đến tháng 6/2024": a span of whole months; a first month after the last one is of the year before.
        foreach (Match m in MonthRange().Matches(sentence).Where(Free))
        {
            var last = MonthOf(m.Groups["m2"].Value, m.Groups["y2"].Value, reference);
            var firstNumber = int.Parse(m.Groups["m1"].Value, CultureInfo.InvariantCulture);
            var firstYear = Year(m.Groups["y1"].Value) ?? (last is { } l ? (firstNumber > l.Number ? l.Year - 1 : l.Year) : 0);
            var first = firstNumber is >= 1 and <= 12 && Plausible(firstYear) ? new Metrics.Periods.Month(firstYear, firstNumber) : (Metrics.Periods.Month?)null;
            Add(m, first?.FirstDay, last?.LastDay, Kind.Named, !m.Groups["y1"].Success && !m.Groups["y2"].Success);
        }
        // "Tính đến hết năm 2023": the year, as "tính đến tháng 9/2016" is January to September.
        foreach (Match m in UntilYearEnd().Matches(sentence).Where(Free))
        {
            var year = Year(m.Groups["y"].Value)!.Value;
            if (Plausible(year)) Add(m, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Kind.Named);
        }
        // "Nửa đầu năm 2024", "nửa cuối năm": a half of the year.
        foreach (Match m in HalfYear().Matches(sentence).Where(Free))
        {
            var second = !VietnameseText.PlainKey(m.Groups["h"].Value).Equals("dau", StringComparison.Ordinal);
            var year = m.Groups["nay"].Success ? reference.Year : Year(m.Groups["y"].Value) ?? LatestYearStartingIn(second ? 7 : 1, reference);
            if (!Plausible(year)) continue;
            Add(m, new DateOnly(year, second ? 7 : 1, 1), new DateOnly(year, second ? 12 : 6, second ? 31 : 30), Kind.Named, !m.Groups["nay"].Success && !m.Groups["y"].Success);
        }
        // "Từ đầu năm 2019 đến hết tháng 8": the year named at the start is the year of the month that ends it.
        foreach (Match m in YearStartToMonth().Matches(sentence).Where(Free))
        {
            var month = MonthOf(m.Groups["m"].Value, m.Groups["y"].Value, reference);
            Add(m, month is { } x ? new DateOnly(x.Year, 1, 1) : null, month?.LastDay, Kind.Named);
        }
        // "Từ đầu năm đến ngày 20/9/2025": January 1 of the year of the day that ends it.
        foreach (Match m in YearStartToDate().Matches(sentence).Where(Free))
        {
            var (day, month) = (m.Groups["d"].Value, m.Groups["m"].Value);
            // Without a year, the latest such day not after the reference date.
            var year = Year(m.Groups["y2"].Value) ?? Year(m.Groups["y"].Value)
                ?? (Date(day, month, reference.Year) is { } d && d > reference ? reference.Year - 1 : reference.Year);
            var end = Date(day, month, year);
            Add(m, end is { } e ? new DateOnly(e.Year, 1, 1) : null, end, Kind.Range);
        }
        foreach (Match m in UntilMonth().Matches(sentence).Where(Free))
        {
            var month = MonthOf(m.Groups["m"].Value, m.Groups["y"].Value, reference);
            Add(m, month is { } x ? new DateOnly(x.Year, 1, 1) : null, month?.LastDay, Kind.Named);
        }
        foreach (Match m in UntilDate().Matches(sentence).Where(Free)) Add(m, null, null, Kind.OpenEnded);
        foreach (Match m in Quarter().Matches(sentence).Where(Free))
        {
            var q = m.Groups["q"].Value.ToUpperInvariant() switch { "I" or "1" or "ĐẦU" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4 };
            var year = Year(m.Groups["y"].Value) ?? (q * 3 - 2 > reference.Month ? reference.Year - 1 : reference.Year);
            if (!Plausible(year)) continue;
            Add(m, new DateOnly(year, q * 3 - 2, 1), new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1), Kind.Named, !m.Groups["y"].Success);
        }
        foreach (Match m in FirstMonths().Matches(sentence).Where(Free))
        {
            var n = Count(m.Groups["n"].Value);
            var last = m.Groups["end"].Success;
            // Without a year, the first months not yet past at the reference date (a month's grace for early estimates) are last year's.
            var year = Year(m.Groups["y"].Value) ?? (m.Groups["nay"].Success ? reference.Year
                : last ? LatestYearStartingIn(13 - n, reference) : n > reference.Month + 1 ? reference.Year - 1 : reference.Year);
            if (n is < 1 or > 12 || !Plausible(year)) continue;
            Add(m, new DateOnly(year, last ? 13 - n : 1, 1), new DateOnly(year, last ? 12 : n, 1).AddMonths(1).AddDays(-1), Kind.Named, !m.Groups["y"].Success && !m.Groups["nay"].Success);
        }
        foreach (Match m in YearRange().Matches(sentence).Where(Free))
        {
            // "Chương trình … giai đoạn 2021-2030" is the span of a plan, not of figures.
            if (m.Groups["span"].Success && PlanBefore().IsMatch(sentence[Math.Max(0, m.Index - 60)..m.Index])) continue;
            if (Year(m.Groups["y1"].Value) is not { } first || Year(m.Groups["y2"].Value) is not { } last || !Plausible(first) || !Plausible(last)) continue;
            Add(m, new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), Kind.Named);
        }
        foreach (Match m in MonthPhrase().Matches(sentence).Where(Free))
        {
            var month = MonthOf(m.Groups["m"].Success ? m.Groups["m"].Value : Count(m.Groups["w"].Value).ToString(CultureInfo.InvariantCulture), m.Groups["y"].Value, reference);
            Add(m, month?.FirstDay, month?.LastDay, Kind.Named, !m.Groups["y"].Success);
        }
        foreach (Match m in YearPhrase().Matches(sentence).Where(Free))
        {
            var year = m.Groups["nay"].Success ? reference.Year : Year(m.Groups["y"].Value)!.Value;
            if (!Plausible(year)) continue;
            Add(m, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Kind.Named);
        }
        // A named period of the sentence is what its figures are for; a date range beside it only says where it was cut.
        if (found.Any(p => p.Kind == Kind.Named)) found.RemoveAll(p => p.Kind == Kind.Range);
        // "Năm 2025 (tính đến ngày 15/11/2025)": a cut-off written right after a named period explains it, as a range does.
        found.RemoveAll(p => p.Kind == Kind.OpenEnded && found.Any(n => n.Kind == Kind.Named && n.Index + n.Text.Length <= p.Index
            && CutOffJoin().IsMatch(sentence.AsSpan(n.Index + n.Text.Length, p.Index - n.Index - n.Text.Length))));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return InYearInMind(found, inMind);
    }

    /// <summary>
    /// "Quý I/2024, … tiếp nhận 30.000 hồ sơ; riêng tháng 3 tiếp nhận 11.000 hồ sơ": a month, quarter or span named without a
    /// year is of the year of the period named before it in the sentence, else of the one in mind.
    /// </summary>
    private static List<Phrase> InYearInMind(List<Phrase> found, Phrase? inMind)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var p = found[i];
            if (!p.YearInferred || p.Kind != Kind.Named || p.Start is not { } start || p.End is not { } end) continue;
            var context = found.Take(i).LastOrDefault(q => !q.YearInferred && q.Kind == Kind.Named) ?? inMind;
            if (context?.End is not { } contextEnd || contextEnd.Year == end.Year) continue;
            var shift = contextEnd.Year - end.Year;
            if (!Plausible(start.Year + shift) || !Plausible(end.Year + shift)) continue;
            found[i] = p with
            {
                Start = new DateOnly(start.Year + shift, start.Month, 1),
                End = new DateOnly(end.Year + shift, end.Month, 1).AddMonths(1).AddDays(-1),
            };
        }
        return found;
    }

    /// <summary>
    /// "Lũy kế 7 tháng", "lũy kế từ đầu năm (đến nay)": the months of the year in mind so far — January to the month named, or to
    /// the end of the period in mind ("Tháng 7/2025, … tiếp nhận 6.200 hồ sơ; lũy kế từ đầu năm tiếp nhận 40.000 hồ sơ").
    /// Without a period in mind the phrase names none.
    /// </summary>
    public static IReadOnlyList<Phrase> Cumulative(string sentence, IReadOnlyList<Phrase> found, Phrase? inMind)
    {
        var m = CumulativePhrase().Match(sentence);
        if (!m.Success) return found;
        var mind = found.LastOrDefault(p => p.Index < m.Index && p.Kind != Kind.OpenEnded) ?? inMind;
        if (mind?.End is not { } mindEnd) return found;
        // A period the phrase names itself ("lũy kế 9 tháng đầu năm 2025") is already read.
        if (found.Any(p => p.Kind != Kind.OpenEnded && p.Index >= m.Index && p.Index < m.Index + m.Length + 2)) return found;
        var end = m.Groups["n"].Success ? Count(m.Groups["n"].Value) is var n and >= 1 and <= 12 ? new DateOnly(mindEnd.Year, n, 1).AddMonths(1).AddDays(-1) : (DateOnly?)null : mindEnd;
        if (end is null) return found;
        var kept = found.Where(p => !(p.Kind == Kind.OpenEnded && p.Index < m.Index + m.Length && m.Index < p.Index + p.Text.Length)).ToList();
        kept.Add(new Phrase(m.Index, m.Value.Trim(), new DateOnly(mindEnd.Year, 1, 1), end, Kind.Named, Cumulative: true));
        return kept.OrderBy(p => p.Index).ToList();
    }

    /// <summary>
    /// The period of a count at <paramref name="index"/>: the last one named before it, else the sentence's first, unless that is
    /// a cumulative one ("Trong kỳ, tiếp nhận 9.000 hồ sơ; lũy kế từ đầu năm 90.000 hồ sơ"): the counts before it are of the
    /// period in mind (null here); so are those before a period named in another clause.
    /// </summary>
    /// <param name="previousCount">Where the count before this one in the sentence starts; -1 for the first.</param>
    /// <param name="nextCount">Where the count after it starts; the sentence's length for the last.</param>
    public static Phrase? For(string sentence, IReadOnlyList<Phrase> phrases, int index, int previousCount = -1, int nextCount = int.MaxValue)
    {
        var before = phrases.LastOrDefault(p => p.Index < index);
        // "tiếp nhận 70.000 hồ sơ trong tháng 10/2025 và 620.000 hồ sơ từ đầu năm đến hết tháng 10/2025": a period written
        // after the count before is that count's, and one written after this count, in its clause, is this one's.
        if (before is not null && previousCount >= 0 && before.Index > previousCount
            && phrases.FirstOrDefault(p => p.Index > index && p.Index < nextCount) is { } own && !OtherClause().IsMatch(sentence[index..own.Index]))
            return own;
        return before ?? (phrases.FirstOrDefault() is { Cumulative: false } first && !OtherClause().IsMatch(sentence[index..Math.Max(index, first.Index)]) ? first : null);
    }

    // "Tỉnh tiếp nhận 9.000 hồ sơ; riêng tháng 10 tiếp nhận 1.000 hồ sơ": a period named after a count, past a ";" or in a part
    // ("riêng", "trong đó"), is that part's, not the count's.
    [GeneratedRegex(@";|\b(?:riêng|trong\s+đó)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherClause();

    [GeneratedRegex(@"^[\s(,–-]*$")]
    private static partial Regex CutOffJoin();

    private static bool IsComparison(string sentence, int index)
    {
        var before = VietnameseText.PlainKey(sentence[Math.Max(0, index - 40)..index]);
        var at = before.LastIndexOf("so voi", StringComparison.Ordinal);
        return (at >= 0 && !before[at..].Any(char.IsAsciiDigit)) || before.EndsWith("cung ky", StringComparison.Ordinal);
    }

    private static (DateOnly? Start, DateOnly? End) RangeDates(Match m, DateOnly reference)
    {
        DateOnly? end;
        if (m.Groups["mm"].Success) end = MonthOf(m.Groups["mm"].Value, m.Groups["my"].Value, reference)?.LastDay;
        else end = Date(m.Groups["d2"].Value, m.Groups["m2"].Value, Year(m.Groups["y2"].Value) ?? reference.Year);
        if (end is not { } e) return (null, null);
        var startMonth = m.Groups["m1"].Success ? int.Parse(m.Groups["m1"].Value, CultureInfo.InvariantCulture) : e.Month;
        var startYear = Year(m.Groups["y1"].Value) ?? (startMonth > e.Month ? e.Year - 1 : e.Year);
        return (Date(m.Groups["d1"].Value, startMonth.ToString(CultureInfo.InvariantCulture), startYear), e);
    }

    private static DateOnly? Date(string day, string month, int year)
    {
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var mo = int.Parse(month, CultureInfo.InvariantCulture);
        return Plausible(year) && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, mo) ? new DateOnly(year, mo, d) : null;
    }

    /// <summary>A month without a year is the latest one not after the reference date.</summary>
    private static Metrics.Periods.Month? MonthOf(string month, string year, DateOnly reference)
    {
        var number = int.Parse(month, CultureInfo.InvariantCulture);
        var y = Year(year) ?? (number > reference.Month ? reference.Year - 1 : reference.Year);
        return number is >= 1 and <= 12 && Plausible(y) ? new Metrics.Periods.Month(y, number) : null;
    }

    /// <summary>A number of months or a month written in figures or in words ("Sáu tháng đầu năm", "tháng Tám", "tháng Giêng").</summary>
    private static int Count(string number) => VietnameseText.PlainKey(number) switch
    {
        "mot" or "gieng" => 1, "hai" => 2, "ba" => 3, "bon" or "tu" => 4, "nam" => 5, "sau" => 6, "bay" => 7, "tam" => 8, "chin" => 9,
        "muoi" => 10, "muoi mot" => 11, "muoi hai" or "chap" => 12,
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
    };

    /// <summary>The year of the latest span starting in <paramref name="month"/> that had begun by the reference date ("6 tháng cuối năm" read in January is last year's).</summary>
    private static int LatestYearStartingIn(int month, DateOnly reference) => month > reference.Month ? reference.Year - 1 : reference.Year;

    private static int? Year(string digits) => digits.Length == 4 ? int.Parse(digits, CultureInfo.InvariantCulture) : null;

    // "năm 0000" or a reference date at the ends of the calendar would overflow the date arithmetic: such a phrase names no period.
    private static bool Plausible(int year) => year is >= 1900 and <= 2100;

    [GeneratedRegex(@"\b(?:kể\s+)?từ\b[^.;]{0,60}?\bđến\s+nay\b|\b(?:tính\s+)?đến\s+nay\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceUntilNow();

    [GeneratedRegex(@"\b(?:tính\s+)?từ\s+(?:ngày\s+)?(?<d1>[0-9]{1,2})(?:[/.\-](?<m1>[0-9]{1,2})(?:[/.\-](?<y1>[0-9]{4}))?)?\s*(?:đến|tới|-|–)\s*(?:(?:hết|cuối)\s+)?(?:tháng\s+(?<mm>[0-9]{1,2})(?:\s*(?:/|-|năm)\s*(?<my>[0-9]{4}))?|(?:ngày\s+)?(?<d2>[0-9]{1,2})[/.\-](?<m2>[0-9]{1,2})(?:[/.\-](?<y2>[0-9]{4}))?)", RegexOptions.IgnoreCase)]
    private static partial Regex DateRange();

    // "Từ khi thực hiện mô hình chính quyền địa phương 2 cấp (1/7/2025) đến ngày 28/10/2025": an event dated in parentheses opens the range.
    [GeneratedRegex(@"\btừ\s+khi\b[^.;()]{0,100}\(\s*(?:ngày\s+)?(?<d1>[0-9]{1,2})[/.\-](?<m1>[0-9]{1,2})[/.\-](?<y1>[0-9]{4})\s*\)\s*(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?(?:ngày\s+)?(?<d2>[0-9]{1,2})[/.\-](?<m2>[0-9]{1,2})(?:[/.\-](?<y2>[0-9]{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex SinceEventRange();

    [GeneratedRegex(@"\btừ\s+đầu\s+năm\s+(?<y>[0-9]{4})\s*,?\s*(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?tháng\s+(?<m>[0-9]{1,2})\b(?!\s*(?:/|-|năm)\s*[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex YearStartToMonth();

    [GeneratedRegex(@"\b(?:tính\s+)?từ\s+đầu\s+năm(?:\s+(?<y>[0-9]{4}))?\s*,?\s*(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?ngày\s+(?<d>[0-9]{1,2})[/.\-](?<m>[0-9]{1,2})(?:[/.\-](?<y2>[0-9]{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex YearStartToDate();

    [GeneratedRegex(@"\blũy\s+kế\s+(?:(?<n>[0-9]{1,2})\s+tháng\b(?!\s+(?:đầu\s+|cuối\s+)?năm\s+[0-9])|(?:từ\s+)?đầu\s+năm\b(?!\s+[0-9])(?:\s+(?:đến|tới)\s+nay\b)?)", RegexOptions.IgnoreCase)]
    private static partial Regex CumulativePhrase();

    [GeneratedRegex(@"\b(?:chương\s+trình|kế\s+hoạch|chiến\s+lược|đề\s+án|nghị\s+quyết|quy\s+hoạch)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanBefore();

    [GeneratedRegex(@"\btừ\s+tháng\s+(?<m1>[0-9]{1,2})(?:\s*(?:/|-|năm)\s*(?<y1>[0-9]{4}))?\s*(?:đến|tới|-|–)\s*(?:(?:hết|cuối)\s+)?tháng\s+(?<m2>[0-9]{1,2})(?:\s*(?:/|-|năm)\s*(?<y2>[0-9]{4}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"\b(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+(?<y>[0-9]{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilYearEnd();

    [GeneratedRegex(@"\bnửa\s+(?<h>đầu|cuối|sau)\s+năm(?:\s+(?:(?<nay>nay)\b|(?<y>[0-9]{4})\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"\b(?:tính\s+)?(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?tháng\s+(?<m>[0-9]{1,2})(?:\s*(?:/|-|năm)\s*(?<y>[0-9]{4}))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilMonth();

    [GeneratedRegex(@"\b(?:tính\s+)?đến\s+(?:hết\s+)?ngày\s+[0-9]{1,2}[/.\-][0-9]{1,2}(?:[/.\-][0-9]{4})?", RegexOptions.IgnoreCase)]
    private static partial Regex UntilDate();

    [GeneratedRegex(@"\bquý\s+(?:(?<q>IV|I{1,3}|[1-4])\b|(?<q>đầu|cuối)\s+năm\b(?:\s+(?<y>[0-9]{4})\b)?)(?:\s*(?:/|-|năm)\s*(?<y>[0-9]{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?<n>[0-9]{1,2}|mười\s+một|mười\s+hai|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+tháng\s+(?:(?<end>cuối\s+năm)|đầu\s+năm|năm)(?:\s+(?:(?<nay>nay)|(?<y>[0-9]{4})))?", RegexOptions.IgnoreCase)]
    private static partial Regex FirstMonths();

    [GeneratedRegex(@"\b(?:(?:từ\s+)?năm|(?<span>giai\s+đoạn)(?:\s+từ)?(?:\s+năm)?)\s+(?<y1>[0-9]{4})\s*(?:-|–|đến)\s*(?:năm\s+)?(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    // A month in words names a period only with its year ("tháng Tám năm 2019"): "tháng năm" alone is "months and years".
    [GeneratedRegex(@"(?<![0-9]\s)\btháng\s+(?:(?<m>[0-9]{1,2})(?:\s*(?:/|-|\.|năm)\s*(?<y>[0-9]{4}))?\b|(?<w>giêng|mười\s+một|mười\s+hai|mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín|chạp)\s*(?:/|-|năm)\s*(?<y>[0-9]{4})\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthPhrase();

    // "Trong năm 2023", "Năm 2021, …", "(năm 2017)", "Riêng năm 2023", "Tính chung năm 2023": not "kế hoạch … năm 2021", which names a plan, not the period of figures.
    [GeneratedRegex(@"(?:^\s*|\b(?:trong|cả|riêng|chung|hết)\s+|\(\s*)năm\s+(?:(?<y>[0-9]{4})\b|(?<nay>nay)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex YearPhrase();
}
