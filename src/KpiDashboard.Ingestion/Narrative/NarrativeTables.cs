using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// Statistics tables of portals copied as plain text: a header line naming the measures ("Tổng Đã xử lý Chưa xử lý Trước
/// hạn Đúng hạn Trễ hạn"), perhaps a line of sub-headings ("Tổng % Tổng %"), then one line per group holding a label and
/// only numbers and percentages. The header gives each number its measure; a percentage is a share, never a count. Only the
/// rows of the whole unit ("Tổng cộng", "Toàn tỉnh") or of a level of government ("Cấp xã") are figures: rows per agency or
/// per level of online service split the unit in ways the figures do not.
/// </summary>
internal static partial class NarrativeTables
{
    /// <param name="Level">"province", "district", "commune", or null for the whole unit.</param>
    public sealed record Row(string? Level, IReadOnlyList<(string Name, decimal Value)> Figures);

    /// <summary>Headings of a header line, longest first; null for a column that holds no figure of its own (a total handled).</summary>
    private static readonly (string Words, string? Name)[] Headings =
    [
        ("ky truoc chuyen sang", "carried_over"), ("ton ky truoc", "carried_over"), ("ky truoc", "carried_over"),
        ("tiep nhan truc tuyen", "received_online"), ("truc tuyen", "received_online"),
        ("tiep nhan moi", "received"), ("moi tiep nhan", "received"), ("da tiep nhan", "received"), ("tiep nhan", "received"),
        ("da giai quyet", "resolved"), ("da xu ly", "resolved"), ("da tra ket qua", "resolved"),
        ("dang giai quyet", "pending"), ("dang xu ly", "pending"), ("chua giai quyet", "pending"), ("chua xu ly", "pending"),
        ("truoc han", "resolved_early"), ("som han", "resolved_early"), ("dung han", "resolved_on_time"),
        ("tre han", "resolved_late"), ("qua han", "resolved_late"), ("tre hen", "resolved_late"),
        ("tong so", null), ("tong", null), ("can xu ly", null),
    ];

    /// <summary>The measures of a header line, in order; null when the line is no header (fewer than three known headings, or any count in it).</summary>
    public static IReadOnlyList<string?>? Header(string line)
    {
        if (line.Length > 300 || Digit().IsMatch(line)) return null;
        var words = VietnameseText.PlainKey(line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var columns = new List<string?>();
        for (var i = 0; i < words.Length;)
        {
            var heading = Headings.FirstOrDefault(h => Matches(words, i, h.Words));
            if (heading.Words is null) { i++; continue; }
            columns.Add(heading.Name);
            i += heading.Words.Split(' ').Length;
        }
        return columns.Count(c => c is not null) >= 2 && columns.Count >= 3 ? columns : null;
    }

    /// <summary>A line of sub-headings under the header ("Tổng % Tổng % Tổng %"): part of the header, no row.</summary>
    public static bool IsSubHeader(string line) =>
        line.Length <= 200 && !Digit().IsMatch(line) && SubHeading().Matches(line).Count >= 2
        && SubHeading().Replace(line, "").Trim().Length == 0;

    /// <summary>
    /// A row of the table: the numbers at the end of the line, as many counts as there are columns, each with the percentages
    /// after it; the words before them are its label ("Mức 1, 2", "Cấp xã", "Tổng cộng"). Null when the line is no row of these columns.
    /// </summary>
    public static (bool IsRow, Row? Figures) ReadRow(string line, IReadOnlyList<string?> columns)
    {
        if (line.Length > 400) return (false, null);
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tail = tokens.Length;
        var counts = 0;
        while (tail > 0 && counts < columns.Count && (Count().IsMatch(tokens[tail - 1]) || Percent().IsMatch(tokens[tail - 1])))
        {
            tail--;
            if (!tokens[tail].EndsWith('%')) counts++;
        }
        if (counts != columns.Count || tail == 0) return (false, null);
        if (LevelOf(string.Join(' ', tokens[..tail])) is not { } level) return (true, null);
        var values = tokens[tail..].Where(t => !t.EndsWith('%'))
            .Select(t => decimal.Parse(t.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture));
        var figures = columns.Zip(values).Where(c => c.First is not null).Select(c => (c.First!, c.Second)).ToList();
        return (true, new Row(level.Length == 0 ? null : level, figures));
    }

    /// <summary>"" for the whole unit, a level name for a level's row, null for any other group (an agency, a service level).</summary>
    private static string? LevelOf(string label) => VietnameseText.PlainKey(label) switch
    {
        "tong" or "tong cong" or "tong so" or "toan tinh" or "toan thanh pho" or "cong" => "",
        "cap tinh" or "so ban nganh" or "cac so ban nganh" => "province",
        "cap huyen" => "district",
        "cap xa" => "commune",
        _ => null,
    };

    private static bool Matches(string[] words, int at, string heading)
    {
        var parts = heading.Split(' ');
        return at + parts.Length <= words.Length && parts.Select((p, j) => words[at + j] == p).All(x => x);
    }

    [GeneratedRegex(@"[0-9]")]
    private static partial Regex Digit();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:Tổng|Số\s+lượng|%|Tỷ\s+lệ|Tỉ\s+lệ)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]+)?%$")]
    private static partial Regex Percent();

    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)$")]
    private static partial Regex Count();
}
