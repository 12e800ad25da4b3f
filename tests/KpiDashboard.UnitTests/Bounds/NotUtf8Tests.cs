using System.Text;
using KpiDashboard.Ingestion.Tables;

namespace KpiDashboard.UnitTests.Bounds;

/// <summary>Finding the first byte that is not UTF-8, across the blocks the file is read in and at a file cut short.</summary>
public sealed class NotUtf8Tests
{
    private static NotUtf8Exception? Find(byte[] bytes) => NotUtf8Exception.Find(new MemoryStream(bytes));

    [Fact]
    public void A_letter_across_a_block_boundary_is_read_whole_and_a_bad_byte_later_is_on_its_line()
    {
        // "ộ" is three bytes; the first of them is the last byte of the first 64 KB block.
        var text = new StringBuilder().Append('a', 64 * 1024 - 1).Append("ộ\n").Append("dòng 2\n").Append("dòng 3 ").ToString();
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xE1, (byte)'\n' }).ToArray();
        var found = Find(bytes);
        Assert.NotNull(found);
        Assert.Equal(3, found.Line);
        Assert.Contains("0xE1", found.Message);
        Assert.Null(Find(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_file_cut_inside_a_letter_is_not_utf8_on_its_last_line()
    {
        var bytes = Encoding.UTF8.GetBytes("period\n2025-07,Phú Th").Concat(Encoding.UTF8.GetBytes("ọ")[..2]).ToArray();
        Assert.Equal(2, Find(bytes)?.Line);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_has_nothing_to_find() =>
        Assert.Null(Find([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Thanh Hoá\nPhú Thọ\n")]));

    [Fact]
    public async Task Reading_text_throws_it_naming_the_line_and_reads_good_text_as_it_is()
    {
        var bad = new MemoryStream(Encoding.GetEncoding("iso-8859-1").GetBytes("dòng 1\n"));
        var thrown = await Assert.ThrowsAsync<NotUtf8Exception>(() => NotUtf8Exception.ReadTextAsync(bad, reader => reader.ReadToEndAsync()));
        Assert.Equal(1, thrown.Line);
        Assert.Equal("Phú Thọ", await NotUtf8Exception.ReadTextAsync(new MemoryStream(Encoding.UTF8.GetBytes("Phú Thọ")), reader => reader.ReadToEndAsync()));
    }
}
