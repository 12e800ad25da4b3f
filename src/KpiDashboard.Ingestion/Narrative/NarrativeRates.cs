using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// The on-time rate among a sentence's percentages. A percentage is the on-time rate when the words before it name that
/// rate ("tỷ lệ giải quyết đúng hạn đạt 98,5%"), when it is the share of a count of dossiers resolved early and on time
/// ("635.593 hồ sơ, chiếm tỷ lệ 98,81%"), or when the words after it say so ("Trên 98% thủ tục … được giải quyết đúng và
/// trước hạn"). Shares of other counts, online shares, resolution rates and the terms of a formula are not.
/// </summary>
internal static partial class NarrativeRates
{
    /// <summary>A count of the sentence with its figure name, for the rates to lean on.</summary>
    public sealed record Named(int Index, int End, string? Name);

    public sealed record Rate(int Index, int End, decimal Value, bool Approximate);

    /// <param name="earlyApart">The statement already counts early dossiers apart, so "đúng hạn" alone means on time only.</param>
    public static IEnumerable<Rate> OnTime(string sentence, IReadOnlyList<Named> counts, bool earlyApart)
    {
        var previousEnd = 0;
        foreach (Match m in Percent().Matches(sentence))
        {
            var from = previousEnd;
            previousEnd = m.Index + m.Length;
            if (IsFormula(sentence, m)) continue;
            var count = counts.LastOrDefault(c => c.End <= m.Index && !ClosedAside(sentence, c.End, m.Index));
            var between = VietnameseText.PlainKey(Aside().Replace(sentence[Math.Max(from, count?.End ?? 0)..m.Index], " "));
            // "Những địa phương có tỷ lệ … đạt 100%": a rate some units have, not the unit's.
            if (between.Contains("co ty le", StringComparison.Ordinal)) continue;
            // "20 xã đạt tỷ lệ … 100%" (some units), "… của các đơn vị trung bình đạt trên 99%" (an average of the units' rates).
            if (SomeUnits().IsMatch(between) || AverageOfUnits().IsMatch(between)) continue;
            // "tỷ lệ nhiệm vụ được giao hoàn thành đúng hạn đạt 95%", "98% hài lòng với việc giải quyết đúng hạn": the rate is of
            // another thing than dossiers, named in its own words.
            if (OfOtherThing(OwnWords(between))) continue;
            // "tỷ lệ … đúng hạn … tăng 2% so với tháng trước": a change of the rate, not the rate.
            if (Change().IsMatch(between)) continue;
            // "tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 99,7%": the rate of the online dossiers only.
            if (OnlineOnly().IsMatch(between)) continue;
            var clause = sentence[(sentence.LastIndexOfAny([',', ';'], Math.Max(0, m.Index - 1)) + 1)..m.Index];
            if (NarrativeMeasures.IsTarget(VietnameseText.PlainKey(clause), VietnameseText.PlainKey(sentence[..Math.Min(sentence.Length, 40)]))) continue;
            var onTime = Notion(between) switch
            {
                // "7.950 hồ sơ giải quyết đúng hạn, chiếm 99,4%": a share of the on-time count is the rate, unless early dossiers are counted apart.
                true => between.Contains("ty le", StringComparison.Ordinal) || between.Contains("dat", StringComparison.Ordinal)
                    || (between.Contains("chiem", StringComparison.Ordinal) && count is not null && between.Length <= 40
                        && (count.Name == "early_or_on_time" || (count.Name == "resolved_on_time" && !earlyApart))),
                false => false,
                // "giải quyết 12.000 hồ sơ, 99,5% hồ sơ được giải quyết đúng hạn": the words after the share name the rate.
                null when count is not null => between.Length <= 30 && (count.Name == "early_or_on_time" || (count.Name == "resolved_on_time" && !earlyApart)
                    || (count.Name is not "resolved_on_time" and not "resolved_early" && Notion(VietnameseText.PlainKey(ClauseAfter(sentence, m.Index + m.Length))) == true)),
                null => Notion(VietnameseText.PlainKey(ClauseAfter(sentence, m.Index + m.Length))) == true,
            };
            if (!onTime || !decimal.TryParse(m.Groups["num"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            yield return new Rate(m.Index, m.Index + m.Length, value, m.Groups["approx"].Success);
        }
    }

    /// <summary>Complaints and the like (<see cref="NarrativeMeasures.OtherThing"/>), and the other things officials give on-time rates or shares for.</summary>
    private static bool OfOtherThing(string plain)
    {
        var p = " " + plain + " ";
        return NarrativeMeasures.OtherThing(plain) || RatedOtherThings.Any(w => p.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    /// <summary>The words of a rate itself: from its "tỷ lệ", else from the start of its clause.</summary>
    private static string OwnWords(string plainBetween)
    {
        var rate = Math.Max(plainBetween.LastIndexOf("ty le", StringComparison.Ordinal), plainBetween.LastIndexOf("ti le", StringComparison.Ordinal));
        return rate >= 0 ? plainBetween[rate..] : plainBetween[(plainBetween.LastIndexOfAny([',', ';']) + 1)..];
    }

    private static readonly string[] RatedOtherThings =
        ["nhiem vu", "van ban", "cong viec", "hai long", "y kien", "phan anh", "cuoc goi", "du an", "giai ngan", "cong trinh"];

    /// <summary>The last deadline notion of a phrase: true for on time (or early and on time), false for late, null for none.</summary>
    private static bool? Notion(string plain)
    {
        var p = " " + plain + " ";
        var onTime = new[] { " dung han ", " dung hen ", " dung va ", " som han ", " dung truoc han ", " dung hoac truoc han " }.Max(w => p.LastIndexOf(w, StringComparison.Ordinal));
        var late = new[] { " qua han ", " tre han ", " tre hen ", " cham han " }.Max(w => p.LastIndexOf(w, StringComparison.Ordinal));
        return onTime < 0 && late < 0 ? null : onTime > late;
    }

    // "Tỉ lệ Đúng hạn = 100% - Tỉ lệ Trễ hạn" defines a rate; it does not report one.
    private static bool IsFormula(string sentence, Match m) =>
        sentence[Math.Max(0, m.Index - 3)..m.Index].Contains('=') || FormulaAfter().IsMatch(sentence.AsSpan(m.Index + m.Length));

    /// <summary>A count inside a parenthesis closed before the percentage is an aside; the rate is not its share.</summary>
    private static bool ClosedAside(string sentence, int countEnd, int percent)
    {
        var close = sentence.IndexOf(')', countEnd);
        return close >= 0 && close < percent && sentence.LastIndexOf('(', countEnd) > sentence.LastIndexOf(')', Math.Max(0, countEnd - 1));
    }

    private static string ClauseAfter(string sentence, int from)
    {
        var end = sentence.IndexOfAny([',', ';', '(', ')'], from);
        return sentence[from..(end < 0 ? sentence.Length : end)];
    }

    [GeneratedRegex(@"(?<approx>\b(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?(?<![0-9.,])(?<num>[0-9]{1,3}(?:,[0-9]+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Aside();

    // On plain text (no diacritics): a number of units that reach the rate.
    [GeneratedRegex(@"\b[0-9]+\s+(?:xa|phuong|thi tran|don vi|co quan|so|huyen|dia phuong)\b.*\bdat\b")]
    private static partial Regex SomeUnits();

    [GeneratedRegex(@"\bcac\s+(?:don vi|co quan|so|xa|phuong|huyen|dia phuong)\b.*\b(?:trung binh|binh quan)\b")]
    private static partial Regex AverageOfUnits();

    [GeneratedRegex(@"\b(?:tang|giam)(?:\s+(?:them|hon|len|xuong))?\s*(?:hon|gan|tren|khoang)?\s*$")]
    private static partial Regex Change();

    [GeneratedRegex(@"\bty le\s+(?:\w+\s+){0,3}?(?:ho so\s+)?(?:truc tuyen|qua mang)\b.*\b(?:dung han|dung hen|dung va)\b")]
    private static partial Regex OnlineOnly();

    [GeneratedRegex(@"^\s*[-+]\s*\p{L}")]
    private static partial Regex FormulaAfter();
}
