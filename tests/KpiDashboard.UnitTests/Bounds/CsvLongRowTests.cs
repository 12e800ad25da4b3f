using System.Text;
using KpiDashboard.Ingestion.Tables;

namespace KpiDashboard.UnitTests.Bounds;

/// <summary>
/// Sep holds a whole row in memory: a row longer than any row within the limits is cut before it reaches Sep, and the
/// cells read up to the cut still name the cell that is too long or beyond the columns allowed.
/// </summary>
public sealed class CsvLongRowTests
{
    private const long Bound = 48L * 1024 * 1024;

    [Fact]
    public void A_line_of_a_gigabyte_is_one_error_at_its_cell_and_is_neither_read_nor_held_whole()
    {
        var file = new EndlessLine("period,province,commune,field,received\n2025-07,25,,SHTT,"u8.ToArray(), 1L << 30);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<TableLimitException>(() => new CsvTableSource(file).Rows().ToList());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal((2, "5"), (e.Row, e.Column));
        Assert.Contains("row 2, column 5", e.Message);
        Assert.True(file.BytesRead < 8L * 1024 * 1024, $"{file.BytesRead:N0} bytes read");
        Assert.True(allocated < Bound, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_quote_left_open_over_a_million_short_lines_is_one_error_at_its_cell()
    {
        var csv = new StringBuilder("code,name,note\nHS1,\"Tên\",\"mở");
        for (var i = 0; i < 1_000_000; i++) csv.Append("123\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<TableLimitException>(() => Rows(csv.ToString()));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal((2, "3"), (e.Row, e.Column));
        Assert.True(allocated < Bound, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Rows_before_a_cut_row_are_read_whole_and_in_order()
    {
        var csv = "a,b\n1,2\n3,4\n5," + new string('x', 2 * 1024 * 1024);
        var rows = new List<TableRow>();
        var e = Assert.Throws<TableLimitException>(() => { foreach (var row in new CsvTableSource(Utf8(csv)).Rows()) rows.Add(row); });
        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
        Assert.Equal(["3", "4"], rows[2].Cells);
        Assert.Equal((4, "2"), (e.Row, e.Column));
    }

    [Fact]
    public void A_row_of_empty_columns_longer_than_any_row_within_the_limits_is_refused()
    {
        // Up to that length the empty columns beyond those allowed are dropped (CsvBoundsTests); past it the row is cut, and
        // the column where it was cut is named.
        var limits = TableLimits.Default;
        var maxRow = limits.MaxColumns * (2 * limits.MaxCellChars + 3);
        var e = Assert.Throws<TableLimitException>(() => Rows("a,b\n1,2" + new string(',', maxRow + 10) + "\n3,4\n"));
        Assert.Equal(2, e.Row);
        // "1,2" and the commas up to the cut: one column more than the commas.
        Assert.Equal((maxRow - 3 + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Column);
        Assert.Contains("outside the allowed range", e.Message);
    }

    [Fact]
    public void A_row_just_within_the_longest_a_row_may_be_is_read()
    {
        var limits = new TableLimits { MaxColumns = 3, MaxCellChars = 10 };
        var quoted = "\"" + string.Concat(Enumerable.Repeat("\"\"", 10)) + "\"";
        var row = string.Join(',', quoted, quoted, quoted);
        var rows = new CsvTableSource(Utf8("a,b,c\n" + row + "\n" + row), limits).Rows().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(new string('"', 10), rows[2].Cell(2));
    }

    private static List<TableRow> Rows(string csv) => new CsvTableSource(Utf8(csv)).Rows().ToList();

    private static MemoryStream Utf8(string csv) => new(Encoding.UTF8.GetBytes(csv));

    /// <summary>A file that starts with <paramref name="head"/> and goes on with '9' to <paramref name="length"/> bytes,
    /// never in memory: only what is read is made.</summary>
    private sealed class EndlessLine(byte[] head, long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            for (var i = 0; i < n; i++) buffer[offset + i] = BytesRead + i < head.Length ? head[BytesRead + i] : (byte)'9';
            BytesRead += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
