using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Narrative;

public sealed class HtmlInputTests
{
    [Fact]
    public void Tags_are_stripped_and_entities_decoded()
    {
        var html = "<html><body><script>var x = 5;</script><p>Tháng 7/2025, xã Phùng Nguyên&nbsp;đã tiếp nhận <b>1.234</b> hồ sơ, trong đó 1.000 hồ sơ trực tuyến.</p></body></html>";

        var s = Assert.Single(NarrativeExtractor.Extract(html, TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 8, 12)));

        Assert.Equal("07912", s.Commune?.Code);
        Assert.Equal(1234, s.Figures["received"].Value);
        Assert.Equal(1000, s.Figures["received_online"].Value);
    }
}
