namespace KpiDashboard.UnitTests.Narrative;

/// <summary>Resolved counts written as results returned, the several words for late resolution, and overdue dossiers still pending.</summary>
public sealed class ResultsAndLatenessTests
{
    [Theory]
    [InlineData("sai hẹn")]
    [InlineData("chậm muộn")]
    [InlineData("trễ hẹn")]
    [InlineData("quá hạn")]
    public void Each_word_for_lateness_of_a_resolved_dossier_is_resolved_late(string late)
    {
        var f = Extract.Figures($"Tháng 7/2025, tỉnh Phú Thọ đã giải quyết 73 hồ sơ, trong đó 5 hồ sơ giải quyết {late}.");

        Assert.Equal(73, f["resolved"]);
        Assert.Equal(5, f["resolved_late"]);
    }

    [Fact]
    public void Overdue_dossiers_still_being_processed_are_pending_overdue_not_resolved_late()
    {
        var f = Extract.Figures("Tính đến ngày 4/3, tỉnh Phú Thọ hiện có 1.505 hồ sơ đang ở trạng thái xử lý quá hạn.");

        Assert.Equal(new Dictionary<string, decimal> { ["pending_overdue"] = 1505 }, f);
    }

    [Fact]
    public void Results_returned_to_citizens_are_resolved_and_dossiers_still_processed_are_pending()
    {
        var f = Extract.Figures("Tháng 7/2025, tỉnh Phú Thọ đã trả cho cá nhân, tổ chức 5.656 hồ sơ; hiện toàn tỉnh đang tiếp tục xử lý hơn 220 hồ sơ.");

        Assert.Equal(5656, f["resolved"]);
        Assert.Equal(220, f["pending"]);
    }

    [Theory]
    [InlineData("trả chậm")]
    [InlineData("trả muộn")]
    [InlineData("trả kết quả chậm so với giấy hẹn")]
    [InlineData("giải quyết quá thời hạn")]
    [InlineData("giải quyết vượt thời hạn")]
    public void Lateness_written_as_results_returned_late_is_resolved_late(string late)
    {
        var f = Extract.Figures($"Năm 2023, tỉnh Nghệ An có 340.000 hồ sơ đã có kết quả, 1.200 hồ sơ {late}.");

        Assert.Equal(340_000, f["resolved"]);
        Assert.Equal(1200, f["resolved_late"]);
    }

    [Fact]
    public void Not_on_time_is_late_never_on_time()
    {
        var f = Extract.Figures("Năm 2023, tỉnh Nghệ An đã giải quyết 8.000 hồ sơ, trong đó 150 hồ sơ giải quyết không đúng hạn.");

        Assert.Equal(new Dictionary<string, decimal> { ["resolved"] = 8000, ["resolved_late"] = 150 }, f);
    }

    [Theory]
    [InlineData("còn 300 hồ sơ tồn đọng quá hạn")]
    [InlineData("còn 300 hồ sơ quá hạn chưa trả kết quả")]
    [InlineData("còn 300 hồ sơ quá hạn chưa xử lý")]
    public void A_backlog_past_its_deadline_is_pending_overdue(string backlog)
    {
        var f = Extract.Figures($"Năm 2023, tỉnh Nghệ An đã trả kết quả trễ hẹn 1.200 hồ sơ và {backlog}.");

        Assert.Equal(new Dictionary<string, decimal> { ["resolved_late"] = 1200, ["pending_overdue"] = 300 }, f);
    }

    [Theory]
    [InlineData("đã hoàn thành 340.000 hồ sơ")]
    [InlineData("đã trả kết quả cho người dân 340.000 hồ sơ")]
    [InlineData("đã trả kết quả 340.000 hồ sơ cho tổ chức, công dân")]
    public void Results_returned_or_completed_are_resolved(string phrase)
    {
        Assert.Equal(new Dictionary<string, decimal> { ["resolved"] = 340_000 }, Extract.Figures($"Năm 2023, tỉnh Nghệ An {phrase}."));
    }

    [Fact]
    public void Results_citizens_came_to_collect_are_not_dossiers_received()
    {
        Assert.Empty(Extract.From("Năm 2023, người dân tỉnh Nghệ An đã nhận kết quả 12.000 hồ sơ qua bưu điện."));
    }

    [Theory]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ có 120 hồ sơ giải quyết trễ.", "resolved_late", 120)]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ còn 30 hồ sơ quá hạn đang xử lý.", "pending_overdue", 30)]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết sớm và đúng hạn 11.880 hồ sơ.", "early_or_on_time", 11_880)]
    public void Lateness_backlog_and_early_with_on_time_in_other_words(string text, string name, decimal value)
    {
        Assert.Equal(new Dictionary<string, decimal> { [name] = value }, Extract.Figures(text));
    }

    [Theory]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết đúng hẹn và trước hẹn 11.880 hồ sơ.", "early_or_on_time", 11_880)]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ trả kết quả trước hẹn 9.000 hồ sơ.", "resolved_early", 9_000)]
    public void Before_the_appointment_is_early(string text, string name, decimal value)
    {
        Assert.Equal(new Dictionary<string, decimal> { [name] = value }, Extract.Figures(text));
    }
}
