namespace KpiDashboard.UnitTests.Narrative;

public sealed class VerbAfterNumberTests
{
    [Fact]
    public void The_verb_may_follow_the_count()
    {
        var figures = Extract.Figures("Trong tháng 9/2025, TP.HCM có 323.006 hồ sơ tiếp nhận trực tuyến và 4.865 hồ sơ đang xử lý quá hạn.");

        Assert.Equal(323006, figures["received_online"]);
        Assert.Equal(4865, figures["pending_overdue"]);
    }
}
