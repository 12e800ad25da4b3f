using System.Text;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.UnitTests.Ingest;

namespace KpiDashboard.UnitTests.Bounds;

/// <summary>
/// A CSV is bounded while it is read: a header of 200,000 columns is one error, a 10 MB cell is one error naming its row and
/// column and is never held whole, and a file of bad rows keeps the first <see cref="IngestErrors.Limit"/> errors and counts the rest.
/// </summary>
public sealed class CsvBoundsTests
{
    private const long Bound = 48L * 1024 * 1024;

    [Fact]
    public void A_header_of_200000_columns_is_one_error()
    {
        var csv = "period,province,commune,field,received," + string.Join(",", Enumerable.Range(1, 200_000).Select(i => $"c{i}")) + "\n";
        var result = TestUnits.Read(csv);
        var error = Assert.Single(result.Errors);
        Assert.Equal("outside_limits", error.Code);
        Assert.Equal(1, error.Row);
        Assert.Equal("65", error.Column);
    }

    [Fact]
    public void Empty_cells_beyond_the_columns_allowed_are_dropped_not_refused()
    {
        var rows = new CsvTableSource(new MemoryStream(Encoding.UTF8.GetBytes("a,b" + new string(',', 500) + "\n1,2" + new string(',', 500) + "\n"))).Rows().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(TableLimits.Default.MaxColumns, rows[1].Cells.Count);
        Assert.Equal("2", rows[1].Cell(1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_ten_megabyte_cell_is_one_error_naming_row_and_column_and_is_not_held(bool quoted)
    {
        var huge = new string('9', 10 * 1024 * 1024);
        var csv = Csv("tháng 7/2025,Phú Thọ,,SHTT," + (quoted ? $"\"{huge}\"" : huge) + "\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = TestUnits.Read(csv);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var error = Assert.Single(result.Errors);
        Assert.Equal("outside_limits", error.Code);
        Assert.Equal(2, error.Row);
        Assert.Equal("5", error.Column);
        Assert.True(error.Value.Length <= IngestText.MaxEcho + 1);
        // The 10 MB string itself costs 20 MB as UTF-16 before the read; the read holds at most a cell of the limit.
        Assert.True(allocated < Bound, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Rows_beyond_the_rows_allowed_stop_the_read_with_one_error()
    {
        var limits = new TableLimits { MaxRows = 3 };
        var source = new CsvTableSource(new MemoryStream(Encoding.UTF8.GetBytes("a\n1\n2\n3\n4\n")), limits);
        var e = Assert.Throws<TableLimitException>(() => source.Rows().ToList());
        Assert.Equal(4, e.Row);
    }

    [Fact]
    public void Two_megabytes_of_bad_rows_keep_the_first_thousand_errors_and_count_the_rest()
    {
        var rows = new StringBuilder();
        while (rows.Length < 2 * 1024 * 1024) rows.Append("tháng 13/2025,Nowhere,,Nothing,-1\n");
        var result = TestUnits.Read(Csv(rows.ToString()));
        Assert.Equal(IngestErrors.Limit, result.Errors.Count);
        Assert.True(result.Errors.Omitted > 100_000, $"{result.Errors.Omitted} omitted");
        Assert.Equal(result.Errors.Count + result.Errors.Omitted, result.Errors.Total);
        Assert.NotNull(result.Errors.MoreLine);
    }

    [Fact]
    public void An_echoed_value_and_a_message_are_cut_short()
    {
        var error = new IngestError(2, new string('c', 5000), new string('v', 5000), "x", new string('m', 5000), new string('e', 5000));
        Assert.Equal(IngestText.MaxEcho + 1, error.Value.Length);
        Assert.EndsWith("…", error.Value);
        Assert.Equal(IngestText.MaxEcho + 1, error.Column.Length);
        Assert.Equal(IngestText.MaxMessage + 1, error.Message.Length);
        Assert.Equal(IngestText.MaxMessage + 1, error.MessageEn.Length);
    }

    private static string Csv(string rows) => "period,province,commune,field,received\n" + rows;
}
