using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Narrative;

internal static class Extract
{
    public static IReadOnlyList<NarrativeStatement> From(string text) =>
        NarrativeExtractor.Extract(text, TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 11, 12));

    public static IReadOnlyDictionary<string, decimal> Figures(string text) =>
        Assert.Single(From(text)).Figures.ToDictionary(f => f.Key, f => f.Value.Value);
}
