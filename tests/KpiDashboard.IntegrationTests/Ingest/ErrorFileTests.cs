using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Ingest;

public sealed class ErrorFileTests
{
    [Fact]
    public async Task A_file_with_one_bad_row_writes_nothing_at_all()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.IngestAsync(Csv.Header + "2025-06,25,,SHTT,20,14,6,20,7,0,12,1\n");
        var before = await db.DumpAsync();

        var result = await db.IngestAsync(Csv.Header +
            "2025-07,25,,SHTT,20,14,13,20,7,0,19,1\n" +
            "2025-07,25,,TSVTD,30,-13,10,27,8,0,17,1\n" +
            "2025-07,99,,TSVTD,30,13,10,27,8,0,17,1\n", "bad.csv");

        Assert.False(result.Succeeded);
        Assert.Null(result.BatchId);
        Assert.Equal([(3, "received_offline", "negative_count"), (4, "province", "unknown_province")],
            result.Errors.Select(e => (e.Row, e.Column, e.Code)).ToList());
        Assert.Equal(before, await db.DumpAsync());
    }

    [Fact]
    public async Task A_carried_over_that_differs_from_last_months_pending_is_a_warning()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.IngestAsync(Csv.Header + "2025-06,25,,SHTT,20,14,6,20,7,0,12,1\n");
        var result = await db.IngestAsync(Csv.Header + "2025-07,25,,SHTT,20,14,10,20,7,0,16,1\n");
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("carried_over_mismatch", 2), (warning.Code, warning.Row));
    }
}
