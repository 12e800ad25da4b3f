namespace KpiDashboard.UnitTests.Narrative;

/// <summary>
/// A number beyond any count of dossiers (over 2^31 - 1, the facts' integers) is no count: it used to overflow the
/// extraction ("… triệu hồ sơ", a table cell) or the ingest of `kpi ingest --format text`.
/// </summary>
public sealed class AbsurdCountsTests
{
    [Theory]
    [InlineData("79228162514264337593543950 triệu hồ sơ")]
    [InlineData("3000000000 hồ sơ")]
    [InlineData("3.000.000.000 hồ sơ")]
    [InlineData("2147483 nghìn 999 hồ sơ")]
    public void A_count_in_a_sentence_past_the_largest_is_not_read(string count)
    {
        var figures = Extract.Figures($"Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận {count}, đã giải quyết 12 hồ sơ.");

        Assert.False(figures.ContainsKey("received"));
        Assert.Equal(12m, figures["resolved"]);
    }

    [Theory]
    [InlineData("99999999999999999999999999999999999")]
    [InlineData("3000000000")]
    public void A_table_cell_past_the_largest_count_leaves_its_row_unread(string cell)
    {
        var statements = Extract.From($"Tháng 7/2025 tỉnh Phú Thọ:\nĐơn vị | Tiếp nhận | Giải quyết | Quá hạn\nCấp tỉnh | {cell} | 5 | 1\n");

        Assert.DoesNotContain(statements, s => s.Figures.ContainsKey("received"));
    }

    [Fact]
    public void A_labelled_line_past_the_largest_count_is_not_read()
    {
        var statements = Extract.From("Tỉnh Phú Thọ, tháng 7/2025 tiếp nhận 20 hồ sơ.\nTháng : 7/2025\nGiải quyết : 99999999999999999999999999999999999999\n");

        Assert.DoesNotContain(statements, s => s.Figures.ContainsKey("resolved"));
    }
}
