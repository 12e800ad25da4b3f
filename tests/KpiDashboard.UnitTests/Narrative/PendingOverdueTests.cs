using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Narrative;

public sealed class PendingOverdueTests
{
    [Fact]
    public void Overdue_dossiers_still_pending_are_not_resolved_late()
    {
        var text = "Trong tháng 7/2025, tỉnh Phú Thọ đã giải quyết 1.456 hồ sơ, trong đó 20 hồ sơ quá hạn; đang giải quyết hơn 200 hồ sơ, trong đó 12 hồ sơ quá hạn.";

        var s = Assert.Single(NarrativeExtractor.Extract(text, TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 8, 12)));

        Assert.Equal(1456, s.Figures["resolved"].Value);
        Assert.Equal(20, s.Figures["resolved_late"].Value);
        Assert.Equal(200, s.Figures["pending"].Value);
        Assert.True(s.Figures["pending"].Approximate);
        Assert.Equal(12, s.Figures["pending_overdue"].Value);
    }
}
