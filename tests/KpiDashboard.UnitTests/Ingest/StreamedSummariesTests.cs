using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.UnitTests.Ingest;

public sealed class StreamedSummariesTests
{
    private static FigureRow Row(int row, string? commune, string field) =>
        new(row, new FactKey(202507, "25", commune, field), new Measures { ReceivedOnline = 1, ReceivedOffline = 2 }.WithDerivedTotals());

    [Fact]
    public void A_communes_row_counts_in_its_field_and_level_and_in_its_commune_an_agencys_in_its_field_and_level_only()
    {
        var sums = new StreamedSummaries(isDemo: false);
        sums.Add(Row(2, "04792", "TSVTD"));
        sums.Add(Row(3, "04792", "VT"));
        sums.Add(Row(4, "04795", "TSVTD"));
        sums.Add(Row(5, null, "TSVTD"));
        sums.Add(Row(6, "", "VT"));

        // (TSVTD, communes), (VT, communes), (TSVTD, agencies), (VT, agencies), and the communes 04792 and 04795.
        Assert.Equal(6, sums.Groups);
        Assert.True(sums.Complete);
    }

    [Fact]
    public void Beyond_the_cap_the_sums_are_dropped_and_the_batch_must_refresh_from_the_facts()
    {
        var sums = new StreamedSummaries(isDemo: false, maxGroups: 3);
        sums.Add(Row(2, "04792", "TSVTD"));
        Assert.True(sums.Complete);
        sums.Add(Row(3, "04795", "VT"));

        Assert.False(sums.Complete);
        Assert.Equal(0, sums.Groups);
        sums.Add(Row(4, null, "TSVTD"));
        Assert.Equal(0, sums.Groups);
    }
}
