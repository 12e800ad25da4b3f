namespace KpiDashboard.UnitTests.Narrative;

/// <summary>Counts after "lần lượt" or "tương ứng": one to each unit, period or verb named before, in order.</summary>
public sealed class RespectivelyTests
{
    [Fact]
    public void Counts_go_one_to_each_unit()
    {
        var statements = Extract.From("Tháng 10/2025, xã Phùng Nguyên và phường Thanh Miếu tiếp nhận lần lượt 420 hồ sơ và 980 hồ sơ.");

        Assert.Equal(420, Assert.Single(statements, s => s.Commune?.Code == "07912").Figures["received"].Value);
        Assert.Equal(980, Assert.Single(statements, s => s.Commune?.Code == "07780").Figures["received"].Value);
    }

    [Theory]
    [InlineData("Tháng 9/2025 và tháng 10/2025, tỉnh Phú Thọ tiếp nhận tương ứng 65.000 và 70.000 hồ sơ.")]
    [InlineData("Tháng 9/2025 và tháng 10/2025, tỉnh Phú Thọ tiếp nhận lần lượt 65.000 hồ sơ và 70.000 hồ sơ.")]
    public void Counts_go_one_to_each_period(string text)
    {
        var statements = Extract.From(text);

        Assert.Equal(2, statements.Count);
        Assert.Equal(65_000, Assert.Single(statements, s => s.PeriodStart == new DateOnly(2025, 9, 1)).Figures["received"].Value);
        Assert.Equal(70_000, Assert.Single(statements, s => s.PeriodStart == new DateOnly(2025, 10, 1)).Figures["received"].Value);
    }

    [Fact]
    public void A_list_of_three_bare_numbers_goes_to_three_months()
    {
        var statements = Extract.From("Tháng 8/2025, tháng 9/2025 và tháng 10/2025, tỉnh Phú Thọ tiếp nhận lần lượt 65.000, 68.000 và 70.000 hồ sơ.");

        Assert.Equal([65_000m, 68_000m, 70_000m], statements.OrderBy(s => s.PeriodStart).Select(s => s.Figures["received"].Value));
    }

    [Fact]
    public void Counts_go_one_to_each_verb()
    {
        var f = Extract.Figures("Tháng 10/2025, tỉnh Phú Thọ tiếp nhận và giải quyết lần lượt 70.000 hồ sơ và 68.000 hồ sơ.");

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 70_000, ["resolved"] = 68_000 }, f);
    }

    [Theory]
    // Three periods, two counts; two units and two periods at once.
    [InlineData("Tháng 8/2025, tháng 9/2025 và tháng 10/2025, tỉnh Phú Thọ tiếp nhận lần lượt 65.000 và 70.000 hồ sơ.")]
    [InlineData("Tháng 9/2025 và tháng 10/2025, xã Phùng Nguyên và phường Thanh Miếu tiếp nhận lần lượt 420 hồ sơ và 980 hồ sơ.")]
    public void Lists_that_do_not_pair_are_not_read(string text)
    {
        Assert.Empty(Extract.From(text));
    }
}
