using System.Globalization;
using System.Text;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>A1-style cell references, read without allocating and written for messages.</summary>
internal static class XlsxAddress
{
    /// <summary>Parses "XFD2000"; a reference past Excel's own grid, or not a reference, gives false.</summary>
    public static bool TryParse(ReadOnlySpan<char> reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16_384) return false;
        }
        if (i == 0 || i == reference.Length) return false;
        for (; i < reference.Length; i++)
        {
            if (!char.IsAsciiDigit(reference[i])) return false;
            row = row * 10 + (reference[i] - '0');
            if (row > 1_048_576) return false;
        }
        return row > 0;
    }

    public static string Of(int row, int column)
    {
        var letters = new StringBuilder();
        for (var n = column; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }
}
