namespace KpiDashboard.UnitTests.Narrative;

public sealed class DelayedReceiptTests
{
    [Fact]
    public void Dossiers_received_late_are_not_a_received_count_and_overdue_pending_is_named()
    {
        var figures = Extract.Figures(
            "Đối với hồ sơ tiếp nhận trong tháng 10-2025, tỉnh An Giang còn 1.401 hồ sơ chậm được tiếp nhận và 897 hồ sơ giải quyết quá hạn đang xử lý.");

        Assert.False(figures.ContainsKey("received"));
        Assert.Equal(897, figures["pending_overdue"]);
        Assert.Single(figures);
    }
}
