using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Forms;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.UnitTests.Ingest;
using static KpiDashboard.UnitTests.Bounds.HostileXlsx;

namespace KpiDashboard.UnitTests.Bounds;

/// <summary>
/// A few-kilobyte workbook that holds one far cell, a lying dimension, a huge merge, a huge string or many styles is read
/// in bounded memory: only the cells the file holds are read, and a cell outside the limits stops the read with one
/// error naming it. Memory is measured as bytes allocated by this thread (deterministic), never as time.
/// </summary>
public sealed class XlsxShapeTests
{
    private const long Bound = 48L * 1024 * 1024;

    private static (FigureFile.Result Result, long Allocated) ReadTable(byte[] xlsx)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = FigureFile.Read(new MemoryStream(xlsx), TestUnits.Directory);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static (Form06Reader.Result Result, long Allocated) ReadForm(byte[] xlsx)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Form06Reader.Read(new MemoryStream(xlsx), TestUnits.Directory, new ResolvedScope(null, null, null, null));
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("XFD2000")]
    [InlineData("XFD3")]
    [InlineData("BZ2")]
    [InlineData("AAA1048576")]
    public void A_far_text_cell_in_a_table_is_one_error_naming_it(string address)
    {
        var xlsx = Sheet(Header + DataRow + $"<row r=\"{new string(address.Where(char.IsAsciiDigit).ToArray())}\">{InlineCell(address, "x")}</row>");
        Assert.True(xlsx.Length < 8 * 1024);
        var (result, allocated) = ReadTable(xlsx);
        var error = Assert.Single(result.Errors);
        Assert.Equal("outside_limits", error.Code);
        Assert.Equal(address, error.Column);
        Assert.Contains(address, error.Message);
        Assert.Contains(address, error.MessageEn);
        Assert.True(allocated < Bound, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_far_cell_in_a_hidden_column_of_a_form_is_refused_before_the_workbook_is_loaded()
    {
        var xlsx = Sheet(Header + DataRow + $"<row r=\"2000\">{InlineCell("XFD2000", "x")}</row>",
            after: "", dimension: "<dimension ref=\"A1:XFD2000\"/><cols><col min=\"16384\" max=\"16384\" hidden=\"1\"/></cols>");
        var (result, allocated) = ReadForm(xlsx);
        var error = Assert.Single(result.File.Errors);
        Assert.Equal("outside_limits", error.Code);
        Assert.Equal("XFD2000", error.Column);
        Assert.True(allocated < Bound, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_form_with_a_cell_in_the_last_row_is_refused_with_its_address()
    {
        var xlsx = Sheet(Header + DataRow + $"<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>");
        var (result, allocated) = ReadForm(xlsx);
        Assert.Equal("A1048576", Assert.Single(result.File.Errors).Column);
        Assert.True(allocated < Bound, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_far_cell_on_a_later_sheet_of_a_form_is_refused_too()
    {
        var xlsx = Workbook([("Biểu", null, Header + DataRow, ""), ("Ẩn", "hidden", $"<row r=\"3\">{InlineCell("ZZ3", "x")}</row>", "")]);
        var (result, _) = ReadForm(xlsx);
        var error = Assert.Single(result.File.Errors);
        Assert.Equal("ZZ3", error.Column);
        Assert.Contains("Ẩn", error.Message);
    }

    [Fact]
    public void A_dimension_and_a_merge_that_claim_the_whole_grid_cost_nothing()
    {
        var xlsx = Sheet(Header + DataRow, after: "<mergeCells count=\"1\"><mergeCell ref=\"F1:XFD1048576\"/></mergeCells>",
            dimension: "<dimension ref=\"A1:XFD1048576\"/>");
        var (table, tableAllocated) = ReadTable(xlsx);
        Assert.Empty(table.Errors);
        Assert.Single(table.Rows);
        Assert.True(tableAllocated < Bound, $"table: {tableAllocated:N0} bytes allocated");
        var (_, formAllocated) = ReadForm(xlsx);
        Assert.True(formAllocated < Bound, $"form: {formAllocated:N0} bytes allocated");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_ten_megabyte_string_is_one_error_naming_its_cell_and_is_never_held(bool shared)
    {
        var huge = new string('a', 10 * 1024 * 1024);
        var xlsx = shared
            ? Sheet(Header + DataRow + "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>0</v></c></row>", sharedStrings: $"<si><t>{huge}</t></si>")
            : Sheet(Header + DataRow + $"<row r=\"3\">{InlineCell("B3", huge)}</row>");
        Assert.True(xlsx.Length < 64 * 1024, $"{xlsx.Length} bytes");
        var (table, allocated) = ReadTable(xlsx);
        var error = Assert.Single(table.Errors);
        Assert.Equal("outside_limits", error.Code);
        Assert.Equal("B3", error.Column);
        Assert.True(allocated < Bound, $"table: {allocated:N0} bytes allocated");
        var (form, formAllocated) = ReadForm(xlsx);
        Assert.Equal("B3", Assert.Single(form.File.Errors).Column);
        Assert.True(formAllocated < Bound, $"form: {formAllocated:N0} bytes allocated");
    }

    [Fact]
    public void Thousands_of_styles_and_many_sheets_stay_bounded()
    {
        var styles = "<cellXfs count=\"60001\"><xf numFmtId=\"0\"/>" + string.Concat(Enumerable.Repeat("<xf numFmtId=\"14\"/>", 60_000)) + "</cellXfs>";
        var sheets = Enumerable.Range(1, 200).Select(i => ($"S{i}", (string?)null, Header + DataRow, "")).ToList();
        var xlsx = Workbook(sheets, styles: styles);
        var (table, allocated) = ReadTable(xlsx);
        Assert.Empty(table.Errors);
        Assert.True(allocated < Bound, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Cells_are_read_as_before_numbers_dates_shared_strings_and_formulas_cached_values()
    {
        var styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"mm/yyyy\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>";
        var xlsx = Sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>" +
            "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>45839</v></c><c r=\"B4\"><v>1.5</v></c><c r=\"C4\"><f>B4*2</f><v>3</v></c><c r=\"D4\" t=\"str\"><f>\"x\"</f><v> x </v></c></row>",
            sharedStrings: "<si><t> period </t></si><si><r><t>rich </t></r><r><t>text</t></r><rPh><t>phonetic</t></rPh></si>", styles: styles);
        using var source = new XlsxTableSource(new MemoryStream(xlsx));
        var rows = source.Rows().ToList();
        Assert.Equal([1, 4], rows.Select(r => r.Number));
        Assert.Equal(["period", "", "rich text"], rows[0].Cells);
        Assert.Equal(["2025-07", "1.5", "3", "x"], rows[1].Cells);
    }
}
