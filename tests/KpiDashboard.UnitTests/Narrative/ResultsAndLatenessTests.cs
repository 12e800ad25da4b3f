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
}
