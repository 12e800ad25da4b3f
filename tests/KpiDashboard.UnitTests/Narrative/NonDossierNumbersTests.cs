using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Narrative;

public sealed class NonDossierNumbersTests
{
    [Theory]
    [InlineData("Tỉnh Phú Thọ tổ chức đào tạo cho khoảng 150 cán bộ trong ngày 12/8.")]
    [InlineData("Tỉnh đề nghị hướng dẫn áp dụng Luật số 90/2025/QH15 và Quyết định số 766/QĐ-TTg.")]
    [InlineData("Tỉnh Phú Thọ có 1.234 thủ tục hành chính thuộc 7 lĩnh vực, xếp hạng 11/63.")]
    [InlineData("Tổng kinh phí 5,65 tỷ đồng cho 300 người tham gia.")]
    public void Numbers_that_are_not_dossier_counts_are_not_reported(string text)
    {
        Assert.Empty(NarrativeExtractor.Extract(text, TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 8, 12)));
    }
}
