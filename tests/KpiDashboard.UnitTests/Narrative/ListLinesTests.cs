namespace KpiDashboard.UnitTests.Narrative;

public sealed class ListLinesTests
{
    [Fact]
    public void A_list_of_labelled_lines_carries_unit_and_month_from_its_heading()
    {
        var figures = Extract.Figures("""
            Kết quả giải quyết TTHC của xã Phùng Nguyên tháng 10/2025:
            - Tiếp nhận: 1.234 hồ sơ (trực tuyến 1.000 hồ sơ);
            - Đã giải quyết: 1.100 hồ sơ;
            - Đang giải quyết: 134 hồ sơ, trong đó quá hạn 4 hồ sơ.
            """);

        Assert.Equal(1234, figures["received"]);
        Assert.Equal(1000, figures["received_online"]);
        Assert.Equal(1100, figures["resolved"]);
        Assert.Equal(134, figures["pending"]);
        Assert.Equal(4, figures["pending_overdue"]);
    }
}
