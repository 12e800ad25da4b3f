using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Forms;

/// <summary>
/// Finds the table of Biểu 06: by the row of column numbers 1–13 when there is one (it does not depend on wording),
/// else by the header texts, read through merged cells.
/// </summary>
internal static partial class FormLayoutFinder
{
    private const int MaxHeaderRows = 5;

    public static FormLayout? Find(FormSheet sheet)
    {
        var textHeader = FindTextHeader(sheet);
        var numbers = FindNumberRow(sheet);
        if (numbers is { } n)
        {
            var top = textHeader?.Top ?? n.Row;
            var columns = Enumerable.Range(3, 11).ToDictionary(k => k, k => n.Columns[k]);
            return new FormLayout(top < n.Row ? top : n.Row, n.Row + 1, n.Columns[1], n.Columns[2], columns);
        }
        if (textHeader is not { } h) return null;
        var mapped = MapByText(sheet, h.Top, h.Bottom, h.NameColumn);
        return mapped.Count >= 3 ? new FormLayout(h.Top, h.Bottom + 1, h.NumberColumn, h.NameColumn, mapped) : null;
    }

    /// <summary>A row holding 1, 2, …, 13 (or "(1)" …) left to right; blank and hidden columns in between are fine.</summary>
    private static (int Row, int[] Columns)? FindNumberRow(FormSheet sheet)
    {
        for (var r = 1; r <= sheet.RowCount; r++)
        {
            var columns = new int[14];
            var next = 1;
            for (var c = 1; c <= sheet.ColumnCount && next <= 13; c++)
            {
                var cell = sheet.Cell(r, c);
                if (cell.IsBlank) continue;
                var m = ColumnNumber().Match(cell.Text);
                if (!m.Success || int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) != next) break;
                columns[next++] = c;
            }
            if (next == 14) return (r, columns);
        }
        return null;
    }

    private sealed record TextHeader(int Top, int Bottom, int NumberColumn, int NameColumn);

    /// <summary>The row with "Lĩnh vực…" (and usually "STT"), and the header rows under it up to the first row with numbers.</summary>
    private static TextHeader? FindTextHeader(FormSheet sheet)
    {
        for (var r = 1; r <= sheet.RowCount; r++)
        {
            var nameColumn = 0;
            var numberColumn = 0;
            for (var c = 1; c <= sheet.ColumnCount; c++)
            {
                var plain = VietnameseText.PlainKey(sheet.Cell(r, c).Text);
                if (plain == "stt" || plain == "so tt" || plain == "so thu tu") numberColumn = c;
                else if (nameColumn == 0 && plain.StartsWith("linh vuc", StringComparison.Ordinal)) nameColumn = c;
            }
            if (nameColumn == 0) continue;
            var bottom = r;
            while (bottom + 1 <= sheet.RowCount && bottom + 1 < r + MaxHeaderRows && IsHeaderRow(sheet, bottom + 1, nameColumn))
                bottom++;
            return new TextHeader(r, bottom, numberColumn, nameColumn);
        }
        return null;
    }

    private static bool IsHeaderRow(FormSheet sheet, int row, int nameColumn)
    {
        var any = false;
        for (var c = nameColumn + 1; c <= sheet.ColumnCount; c++)
        {
            var cell = sheet.Cell(row, c);
            if (cell.IsBlank) continue;
            if (cell.IsNumber || ColumnNumber().IsMatch(cell.Text)) return false;
            any = true;
        }
        return any;
    }

    private static Dictionary<int, int> MapByText(FormSheet sheet, int top, int bottom, int nameColumn)
    {
        var mapped = new Dictionary<int, int>();
        var group = "";
        for (var c = nameColumn + 1; c <= sheet.ColumnCount; c++)
        {
            // A group title typed once over its columns without merging still governs the columns to its right.
            var topText = VietnameseText.PlainKey(sheet.HeaderText(top, c));
            if (topText.Length > 0) group = topText;
            var path = group + " " + string.Join(' ', Enumerable.Range(top + 1, bottom - top)
                .Select(r => VietnameseText.PlainKey(sheet.HeaderText(r, c))));
            if (Classify(path) is not { } formColumn) continue;
            // A hidden copy of a column (a helper the official kept) gives way to the visible one.
            if (!mapped.TryGetValue(formColumn, out var earlier) || (sheet.IsHidden(earlier) && !sheet.IsHidden(c)))
                mapped[formColumn] = c;
        }
        return mapped;
    }

    /// <summary>The form column (3–13) a header path names, or null.</summary>
    internal static int? Classify(string plainPath)
    {
        bool Has(string words) => (" " + plainPath + " ").Contains(" " + words + " ", StringComparison.Ordinal);
        int? Pick(int total, params (string Words, int Column)[] parts)
        {
            foreach (var (words, column) in parts)
                if (Has(words)) return column;
            return Has("tong so") || Has("tong") || Has("cong") ? total : null;
        }
        if (Has("dang giai quyet") || Has("chua giai quyet"))
            return Pick(11, ("trong han", 12), ("qua han", 13));
        if (Has("da giai quyet") || Has("ket qua giai quyet"))
            return Pick(7, ("truoc han", 8), ("dung han", 9), ("qua han", 10));
        if (Has("nhan giai quyet") || Has("tiep nhan"))
            return Pick(3, ("truc tuyen", 4), ("truc tiep", 5), ("buu chinh", 5), ("ky truoc", 6));
        return null;
    }

    [GeneratedRegex(@"^\(?\s*([0-9]{1,2})\s*\)?$")]
    private static partial Regex ColumnNumber();
}
