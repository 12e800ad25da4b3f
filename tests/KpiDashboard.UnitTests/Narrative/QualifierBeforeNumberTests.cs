namespace KpiDashboard.UnitTests.Narrative;

public sealed class QualifierBeforeNumberTests
{
    [Fact]
    public void A_qualifier_in_the_clause_before_the_count_names_it()
    {
        var figures = Extract.Figures(
            "Đến hết tháng 4/2025, tỉnh Sơn La đã giải quyết 25.880 hồ sơ; trong đó, trả trước thời hạn 22.357 hồ sơ, đúng hạn 3.000 hồ sơ; trả quá hạn 523 hồ sơ; đang giải quyết 1.207 hồ sơ.");

        Assert.Equal(25880, figures["resolved"]);
        Assert.Equal(22357, figures["resolved_early"]);
        Assert.Equal(3000, figures["resolved_on_time"]);
        Assert.Equal(523, figures["resolved_late"]);
        Assert.Equal(1207, figures["pending"]);
    }
}
