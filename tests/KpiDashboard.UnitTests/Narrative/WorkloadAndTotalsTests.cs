namespace KpiDashboard.UnitTests.Narrative;

/// <summary>Received counts written as a demand or a total that includes carried-over dossiers, and counts given as part of a total.</summary>
public sealed class WorkloadAndTotalsTests
{
    [Fact]
    public void A_count_given_as_part_of_a_total_leaves_the_total_its_own_measure()
    {
        var f = Extract.Figures("Tỉnh Phú Thọ: hơn 4.930 hồ sơ bị giải quyết trễ hạn trong tổng số hơn 383.800 hồ sơ mà các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận đến hết tháng 6/2018.");

        Assert.Equal(4930, f["resolved_late"]);
        Assert.Equal(383800, f["received"]);
    }

    [Fact]
    public void A_total_without_a_clause_naming_its_measure_is_no_figure()
    {
        var f = Extract.Figures("Trong tháng 7/2025, tỉnh Phú Thọ có 120 hồ sơ giải quyết trễ hạn trong tổng số 9.000 hồ sơ.");

        Assert.Equal(new Dictionary<string, decimal> { ["resolved_late"] = 120 }, f);
    }

    [Fact]
    public void Dossiers_asking_to_be_resolved_are_the_handled_total_and_new_in_the_period_is_received()
    {
        var f = Extract.Figures("Trong tháng 7/2025, tỉnh Phú Thọ có 9.500 hồ sơ yêu cầu giải quyết, trong đó 1.200 hồ sơ kỳ trước chuyển sang, 8.300 hồ sơ tiếp nhận trong kỳ.");

        Assert.Equal(new Dictionary<string, decimal> { ["carried_over"] = 1200, ["received"] = 8300 }, f);
    }

    [Fact]
    public void Millions_with_a_decimal_comma_over_a_range_opened_by_a_dated_event()
    {
        var s = Assert.Single(Extract.From("Từ khi thực hiện mô hình chính quyền địa phương 2 cấp (1/7/2025) đến ngày 28/10/2025, tỉnh Phú Thọ tiếp nhận 14,5 triệu hồ sơ, trong đó có 12,1 triệu hồ sơ trực tuyến."));

        Assert.Equal((new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 28)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
        Assert.Equal(14_500_000, s.Figures["received"].Value);
        Assert.Equal(12_100_000, s.Figures["received_online"].Value);
    }

    [Fact]
    public void Averages_and_dossiers_of_other_things_stay_out()
    {
        Assert.Empty(Extract.From("""
            Tháng 7/2025, Trung tâm tỉnh Phú Thọ tiếp nhận bình quân 400 hồ sơ mỗi ngày.
            Năm 2025, tỉnh Phú Thọ có 12.000 hồ sơ đăng ký dự thi và 300 hồ sơ dự thầu.
            """));
    }

    [Theory]
    [InlineData("phải giải quyết 12.500 hồ sơ, trong đó 11.900 hồ sơ mới tiếp nhận")]
    [InlineData("có 12.500 hồ sơ đề nghị giải quyết, trong đó 11.900 hồ sơ mới tiếp nhận")]
    public void A_workload_to_resolve_is_no_figure_and_the_new_dossiers_in_it_are_received(string workload)
    {
        var f = Extract.Figures($"Tháng 5/2024, tỉnh Phú Thọ {workload}.");

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 11_900 }, f);
    }

    [Fact]
    public void A_demand_for_resolution_is_not_what_was_resolved()
    {
        Assert.Empty(Extract.From("Trong năm 2023, nhu cầu giải quyết thủ tục hành chính của tỉnh Nghệ An là 350.000 hồ sơ."));
    }

    [Theory]
    [InlineData("đã nhận 350.000 hồ sơ thủ tục hành chính")]
    [InlineData("nhận được 350.000 hồ sơ")]
    [InlineData("tiếp nhận 350.000 lượt hồ sơ")]
    public void Dossiers_taken_in_under_other_words_are_received(string phrase)
    {
        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 350_000 }, Extract.Figures($"Năm 2023, tỉnh Nghệ An {phrase}."));
    }

    [Fact]
    public void Received_and_resolved_on_time_in_one_count_is_both()
    {
        var f = Extract.Figures("Sáu tháng đầu năm 2017, cấp xã của tỉnh An Giang đã tiếp nhận và giải quyết đúng hẹn 34.365 hồ sơ, đạt 100%.");

        Assert.Equal(34_365, f["received"]);
        Assert.Equal(34_365, f["resolved_on_time"]);
    }

    [Fact]
    public void Received_comma_resolved_before_one_count_is_both()
    {
        var f = Extract.Figures("Tháng 10/2025, Bộ phận Một cửa xã Phùng Nguyên đã tiếp nhận, giải quyết 1.250 hồ sơ; trả kết quả đúng hạn 1.200 hồ sơ, trả muộn 50 hồ sơ.");

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 1_250, ["resolved"] = 1_250, ["resolved_on_time"] = 1_200, ["resolved_late"] = 50 }, f);
    }

    [Fact]
    public void Dossiers_submitted_after_a_demand_are_received()
    {
        var f = Extract.Figures("Trong tháng 10/2025, nhu cầu giải quyết thủ tục hành chính của người dân tỉnh Phú Thọ tăng mạnh với 70.000 hồ sơ được nộp.");

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 70_000 }, f);
    }
}
