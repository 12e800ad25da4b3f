using System.Text;
using KpiDashboard.Ingestion.Tables;

namespace KpiDashboard.UnitTests.Ingest;

public sealed class CsvDialectTests
{
    private static List<TableRow> Rows(byte[] bytes) => new CsvTableSource(new MemoryStream(bytes)).Rows().ToList();

    [Fact]
    public void Semicolons_and_a_bom_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("period;province\n2025-07;Phú Thọ\n")).ToArray();
        var rows = Rows(bytes);
        Assert.Equal(["period", "province"], rows[0].Cells);
        Assert.Equal("Phú Thọ", rows[1].Cell(1));
    }

    [Fact]
    public void Quoted_cells_keep_commas_quotes_and_line_breaks()
    {
        var rows = Rows(Encoding.UTF8.GetBytes("a,b\n\"Tiêu chuẩn, đo lường\",\"x \"\"y\"\"\nz\"\nnext,row\n"));
        Assert.Equal("Tiêu chuẩn, đo lường", rows[1].Cell(0));
        Assert.Equal("x \"y\"\nz", rows[1].Cell(1));
        Assert.Equal(4, rows[2].Number);
    }

    [Fact]
    public void Lines_with_and_without_quotes_give_the_same_cells()
    {
        var rows = Rows(Encoding.UTF8.GetBytes("a,b,c\n2025-07,,x\n\"2025-07\",\"\",\"x\"\n2025-07,25,\n,,\n"));
        Assert.Equal(["2025-07", "", "x"], rows[1].Cells);
        Assert.Equal(rows[1].Cells, rows[2].Cells);
        Assert.Equal(["2025-07", "25", ""], rows[3].Cells);
        Assert.True(rows[4].IsBlank);
        Assert.Equal(5, rows[4].Number);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public void Cells_across_the_read_buffer_and_crlf_lines_come_out_whole(char separator)
    {
        // The reader fills a buffer of 64 K characters at a time: cells that straddle its edge, quoted or not, and CRLF
        // inside quotes (kept as one line break) and at line ends.
        var lines = new StringBuilder($"code{separator}name\r\n");
        var expected = new List<string[]>();
        for (var i = 0; expected.Count < 9_000; i++)
        {
            var (code, name) = ($"HS{i:D6}", i % 3 == 0 ? $"Tên {i}\r\ndòng hai" : $"Tên {i}, \"{i}\"");
            lines.Append(code).Append(separator).Append('"').Append(name.Replace("\"", "\"\"")).Append("\"\r\n");
            expected.Add([code, name.Replace("\r\n", "\n")]);
        }

        var rows = Rows(Encoding.UTF8.GetBytes(lines.ToString()));

        Assert.Equal(expected.Count + 1, rows.Count);
        Assert.Equal(expected, rows.Skip(1).Select(r => r.Cells.ToArray()));
        // Row 8,999 starts on line 2 + 8,999 + the 3,000 line breaks quoted before it.
        Assert.Equal(12_001, rows[^1].Number);
    }

    [Fact]
    public void A_header_across_lines_is_row_1_and_rows_after_it_keep_their_line_numbers()
    {
        var rows = Rows(Encoding.UTF8.GetBytes("\"tên\nđơn vị\",b\r1,2\r\n\r\n3,4"));
        Assert.Equal([1, 3, 4, 5], rows.Select(r => r.Number));
        Assert.Equal("tên\nđơn vị", rows[0].Cell(0));
        Assert.True(rows[2].IsBlank);
        Assert.Equal(["3", "4"], rows[3].Cells);
    }

    [Fact]
    public void A_quote_never_closed_stops_the_read_at_the_line_it_opened_on_after_the_rows_before()
    {
        var rows = new List<TableRow>();
        var e = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var row in new CsvTableSource(new MemoryStream(Encoding.UTF8.GetBytes("a,b\n1,2\n3,\"mở\n4,5\n"))).Rows()) rows.Add(row);
        });
        Assert.Equal([1, 2], rows.Select(r => r.Number));
        Assert.Contains("unterminated quote at line 3", e.Message);
    }

    [Fact]
    public void Invalid_utf8_is_one_error_naming_its_line_and_byte()
    {
        var result = KpiDashboard.Ingestion.Figures.FigureFile.Read(new MemoryStream([0x70, 0x0A, 0x65, 0xC3, 0x28, 0x0A]), TestUnits.Directory);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("not_utf8", 2), (error.Code, error.Row));
        Assert.Contains("0xC3", error.MessageEn);
    }
}
