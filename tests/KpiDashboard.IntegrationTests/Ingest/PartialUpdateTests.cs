using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Ingest;

public sealed class PartialUpdateTests
{
    [Fact]
    public async Task A_corrected_file_updates_only_what_differs_and_keeps_the_old_values()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.IngestAsync(Csv.Header + "2025-07,25,,TSVTD,30,13,10,27,8,0,17,1\n2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        var corrected = await db.IngestAsync(Csv.Header + "2025-07,25,,TSVTD,30,13,10,27,8,0,17,1\n2025-07,25,,SHTT,21,14,6,20,8,0,12,1\n", "corrected.csv");

        Assert.Equal((0, 1, 1), (corrected.Inserted, corrected.Updated, corrected.Unchanged));
        await using var context = db.Open();
        var fact = await context.Facts.SingleAsync(f => f.FieldCode == "SHTT");
        Assert.Equal(21, fact.Values.ReceivedOnline);
        Assert.Equal(corrected.BatchId, fact.BatchId);
        var change = await context.FactChanges.SingleAsync(c => c.BatchId == corrected.BatchId);
        Assert.Equal(FactChangeKind.Updated, change.Kind);
        Assert.Equal(20, change.PreviousValues.ReceivedOnline);
    }

    [Fact]
    public async Task Columns_missing_from_a_file_keep_their_values()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.IngestAsync(Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        var result = await db.IngestAsync("period,province,field,received_online,received_offline\n2025-07,25,SHTT,22,12\n");
        Assert.Equal(1, result.Updated);
        await using var context = db.Open();
        var fact = await context.Facts.SingleAsync();
        Assert.Equal((22, 12, 6, 20), (fact.Values.ReceivedOnline, fact.Values.ReceivedOffline, fact.Values.CarriedOver, fact.Values.ResolvedEarly));
        Assert.Equal(34, fact.Values.Received);
    }
}
