namespace KpiDashboard.UnitTests.Narrative;

public sealed class SeveralUnitsTests
{
    [Fact]
    public void Each_unit_in_a_passage_gets_its_own_statement()
    {
        var statements = Extract.From(
            "Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ. Cũng trong tháng 7/2025, tỉnh Hà Tĩnh đã tiếp nhận 120 hồ sơ và đã giải quyết 100 hồ sơ.");

        Assert.Equal(2, statements.Count);
        Assert.Equal(("25", 91m), (statements[0].Province?.Code, statements[0].Figures["received"].Value));
        Assert.Equal(("42", 120m), (statements[1].Province?.Code, statements[1].Figures["received"].Value));
        Assert.Equal(100, statements[1].Figures["resolved"].Value);
    }
}
