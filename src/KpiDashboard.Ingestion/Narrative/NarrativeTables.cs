using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// Statistics tables of portals copied as plain text: a header line naming the measures ("Tổng Đã xử lý Chưa xử lý Trước
/// hạn Đúng hạn Trễ hạn"), perhaps a line of sub-headings ("Tổng % Tổng %"), then one line per group holding a label and
/// only numbers and percentages, the cells parted by spaces, tabs or "|". The header gives each number its measure; a
/// percentage — a cell with "%", or any cell of a column headed "Tỷ lệ" or "%" — is a share, never a count; only a column
/// headed as the on-time rate gives that rate. Only the rows of the whole unit ("Tổng cộng", "Toàn tỉnh") or of a level of
/// government ("Cấp xã") are figures: rows per agency or per level of online service split the unit in ways the figures do not.
/// </summary>
internal static partial class NarrativeTables
{
    /// <param name="Level">"province", "district", "commune", or null for the whole unit.</param>
    public sealed record Row(string? Level, IReadOnlyList<(string Name, decimal Value)> Figures);

    /// <summary>A column: the figure its cells give (null for none, such as a handled total or another share), and whether its cells are percentages.</summary>
    public sealed record Column(string? Name, bool Percent);

    /// <summary>Headings of a header line; at each word the first that matches is taken, so longer ones come first.</summary>
    private static readonly (string Words, Column Column)[] Headings =
    [
        ("ty le dung han", new("on_time_rate_percent", true)), ("ty le giai quyet dung han", new("on_time_rate_percent", true)),
        ("ty le truoc han va dung han", new("on_time_rate_percent", true)), ("ty le dung va truoc han", new("on_time_rate_percent", true)),
        ("ty le", new(null, true)), ("ti le", new(null, true)), ("phan tram", new(null, true)),
        ("ky truoc chuyen sang", new("carried_over", false)), ("ky truoc chuyen qua", new("carried_over", false)),
        ("ton ky truoc", new("carried_over", false)), ("ky truoc", new("carried_over", false)),
        ("tiep nhan truc tuyen", new("received_online", false)), ("truc tuyen", new("received_online", false)),
        ("tiep nhan moi", new("received", false)), ("moi tiep nhan", new("received", false)), ("da tiep nhan", new("received", false)),
        ("tiep nhan", new("received", false)),
        ("da giai quyet", new("resolved", false)), ("da xu ly", new("resolved", false)), ("da tra ket qua", new("resolved", false)),
        ("dang giai quyet", new("pending", false)), ("dang xu ly", new("pending", false)), ("chua giai quyet", new("pending", false)),
        ("chua xu ly", new("pending", false)), ("giai quyet", new("resolved", false)),
        ("truoc han", new("resolved_early", false)), ("som han", new("resolved_early", false)), ("dung han", new("resolved_on_time", false)),
        ("tre han", new("resolved_late", false)), ("qua han", new("resolved_late", false)), ("tre hen", new("resolved_late", false)),
        ("tong so", new(null, false)), ("tong", new(null, false)), ("can xu ly", new(null, false)), ("can giai quyet", new(null, false)),
    ];

    /// <summary>The columns of a header line, in order; null when the line is no header (fewer than two counts named, fewer than three columns, or any number in it).</summary>
    public static IReadOnlyList<Column>? Header(string line)
    {
        if (line.Length > 300 || Digit().IsMatch(line)) return null;
        var words = VietnameseText.PlainKey(line.Replace("%", " phan tram ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var columns = new List<Column>();
        for (var i = 0; i < words.Length;)
        {
            var heading = Headings.FirstOrDefault(h => Matches(words, i, h.Words));
            if (heading.Words is null) { i++; continue; }
            columns.Add(heading.Column);
            i += heading.Words.Split(' ').Length;
            // "Tỷ lệ (%)": the sign repeats its heading.
            if (heading.Column.Percent && heading.Words != "phan tram" && Matches(words, i, "phan tram")) i += 2;
        }
        return columns.Count(c => c is { Name: not null, Percent: false }) >= 2 && columns.Count >= 3 ? columns : null;
    }

    /// <summary>
    /// A line of a statistics sheet that gives one measure and its number, "Tiếp nhận : 7013": the whole label must be one
    /// heading of a count (an unknown word in it, "HST trễ hạn", leaves the line unread), and a zero is no figure (a sheet shows
    /// 0 in the columns it does not keep: "Trước hạn : 0" beside thousands resolved).
    /// </summary>
    public static (string Name, decimal Value)? LabelledCount(string line)
    {
        if (line.Length > 80 || LabelledNumber().Match(line) is not { Success: true } m) return null;
        var label = VietnameseText.PlainKey(m.Groups["label"].Value);
        var heading = Headings.FirstOrDefault(h => h.Words == label);
        if (heading.Column is not { Name: { } name, Percent: false }) return null;
        return CountValue(m.Groups["value"].Value) is { } value and not 0 ? (name, value) : null;
    }

    /// <summary>A line of a statistics sheet that names its period, "Tháng : 2/2019", "NĂM : 2019": the same words without the colon.</summary>
    public static string? LabelledPeriod(string line) =>
        line.Length <= 40 && LabelledPeriodLine().Match(line) is { Success: true } m ? m.Groups["label"].Value + " " + m.Groups["value"].Value : null;

    /// <summary>A line of sub-headings under the header ("Tổng % Tổng % Tổng %"), or a rule of a table ("|---|---|"): part of the header, no row.</summary>
    public static bool IsSubHeader(string line) =>
        line.Length <= 200 && !Digit().IsMatch(line)
        && ((SubHeading().Matches(line).Count >= 2 && SubHeading().Replace(Cells(line), "").Trim().Length == 0) || Rule().IsMatch(line));

    /// <summary>
    /// A row of the table: the numbers at the end of the line, one per column — or, in tables whose counts each carry their
    /// share ("900 81,8%"), the counts with the percentages after them; the words before them are its label ("Mức 1, 2",
    /// "Cấp xã", "Tổng cộng"). IsRow is false when the line is no row of these columns; Figures is null for a row of no level.
    /// </summary>
    public static (bool IsRow, Row? Figures) ReadRow(string line, IReadOnlyList<Column> columns)
    {
        if (line.Length > 400) return (false, null);
        var tokens = Cells(line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = tokens.Length;
        while (first > 0 && tokens.Length - first < 2 * columns.Count && Number().IsMatch(tokens[first - 1])) first--;
        // A label may end with a number ("Mức 3"): the longest run of cells that fits the columns, leaving a label, is the row.
        decimal[]? values = null;
        var tail = first;
        for (; tail < tokens.Length && values is null; tail++)
            if (tail > 0) values = Aligned(tokens[tail..], columns) ?? WithShares(tokens[tail..], columns);
        if (values is null) return (false, null);
        tail--;
        if (LevelOf(string.Join(' ', tokens[..tail])) is not { } level) return (true, null);
        var figures = columns.Zip(values).Where(c => c.First.Name is not null).Select(c => (c.First.Name!, c.Second)).ToList();
        return (true, new Row(level.Length == 0 ? null : level, figures));
    }

    /// <summary>One cell per column, each of its kind: a count where the column counts, a percentage (with or without "%") where it is a share.</summary>
    private static decimal[]? Aligned(string[] cells, IReadOnlyList<Column> columns)
    {
        if (cells.Length != columns.Count) return null;
        var values = new decimal[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var value = columns[i].Percent ? PercentValue(cells[i]) : CountValue(cells[i]);
            if (value is null) return null;
            values[i] = value.Value;
        }
        return values;
    }

    /// <summary>Counts each followed by its share ("900 81,8%"): the cells with "%" are dropped and the counts fill the count columns.</summary>
    private static decimal[]? WithShares(string[] cells, IReadOnlyList<Column> columns)
    {
        if (columns.Any(c => c.Percent)) return null;
        var counts = cells.Where(c => !c.EndsWith('%')).Select(CountValue).ToList();
        return counts.Count == columns.Count && counts.All(c => c is not null) ? counts.Select(c => c!.Value).ToArray() : null;
    }

    private static decimal? CountValue(string cell) =>
        Count().IsMatch(cell) && decimal.TryParse(cell.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value <= NarrativeCounts.MaxCount ? value : null;

    private static decimal? PercentValue(string cell)
    {
        var m = Percent().Match(cell);
        return m.Success && decimal.Parse(m.Groups["v"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) is var v && v <= 100 ? v : null;
    }

    /// <summary>The line with the cell marks of a copied table ("|", tabs) turned into spaces.</summary>
    private static string Cells(string line) => line.Replace('|', ' ').Replace('\t', ' ');

    /// <summary>"" for the whole unit, a level name for a level's row, null for any other group (an agency, a service level).</summary>
    private static string? LevelOf(string label) => LabelKey().Replace(VietnameseText.PlainKey(label), "") switch
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

    [GeneratedRegex(@"^\s*(?<label>\p{L}[\p{L} ]{0,40}?)\s*:\s*(?<value>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)\s*$")]
    private static partial Regex LabelledNumber();

    [GeneratedRegex(@"^\s*(?<label>tháng|quý|năm)\s*:\s*(?<value>[0-9IVX]{1,4}(?:\s*/\s*[0-9]{4})?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledPeriodLine();

    // A row's number ("1", "II") and the council it is of ("UBND cấp xã") do not change whose row it is.
    [GeneratedRegex(@"^(?:(?:[0-9]+|[ivx]+) )?(?:(?:ubnd|uy ban nhan dan) )?")]
    private static partial Regex LabelKey();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:Tổng|Số\s+lượng|%|Tỷ\s+lệ|Tỉ\s+lệ)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^\s*\|?[\s|:\-]*-{3,}[\s|:\-]*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?<v>[0-9]{1,3}(?:,[0-9]+)?)%?$")]
    private static partial Regex Percent();

    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)$")]
    private static partial Regex Count();

    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?%?$")]
    private static partial Regex Number();
}
