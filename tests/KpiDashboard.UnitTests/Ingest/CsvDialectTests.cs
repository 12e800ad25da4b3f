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

    [Fact]
    public void Invalid_utf8_is_reported_as_unreadable()
    {
        var result = KpiDashboard.Ingestion.Figures.FigureFile.Read(new MemoryStream([0x70, 0x65, 0xC3, 0x28, 0x0A]), TestUnits.Directory);
        Assert.Equal("unreadable_file", Assert.Single(result.Errors).Code);
    }
}
