using System.Text;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Ingest;

/// <summary>A correction finds each fact by its whole key, a commune's as well as a provincial agency's.</summary>
public sealed class CorrectionTests
{
    private const string Original = Csv.Header +
        "2025-07,25,04792,TSVTD,10,5,5,12,3,0,4,1\n" +
        "2025-07,25,04795,TSVTD,7,1,0,5,2,0,1,0\n" +
        "2025-07,25,,TSVTD,20,10,9,25,5,0,8,1\n" +
        "2025-07,25,,SHTT,3,0,0,2,1,0,0,0\n";

    // The first commune and the agencies' TSVTD change; the other commune and SHTT do not.
    private const string Correction = Csv.Header +
        "2025-07,25,04792,TSVTD,11,5,5,13,3,0,4,1\n" +
        "2025-07,25,04795,TSVTD,7,1,0,5,2,0,1,0\n" +
        "2025-07,25,,TSVTD,21,10,9,26,5,0,8,1\n" +
        "2025-07,25,,SHTT,3,0,0,2,1,0,0,0\n";

    [Fact]
    public async Task Changed_commune_and_agency_rows_are_updated_and_audited_the_others_left()
    {
        await using var db = await TestDatabase.CreateAsync();
        var units = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(
            "code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n"))));
        Assert.Empty(units.Errors);
        var original = await db.IngestAsync(Original);
        var correction = await db.IngestAsync(Correction);

        Assert.Equal((4, 0, 2, 2), (correction.RowsRead, correction.Inserted, correction.Updated, correction.Unchanged));
        await using var context = db.Open();
        Assert.Equal(4, await context.Facts.CountAsync());
        var facts = await context.Facts.ToListAsync();
        var changes = await context.FactChanges.Where(c => c.BatchId == correction.BatchId).ToListAsync();
        Assert.Equal(2, changes.Count);
        foreach (var change in changes)
        {
            var fact = facts.Single(f => f.Id == change.FactId);
            Assert.Equal((FactChangeKind.Updated, original.BatchId), (change.Kind, change.PreviousBatchId));
            Assert.Equal(fact.Values.ReceivedOnline - 1, change.PreviousValues.ReceivedOnline);
            Assert.Equal(correction.BatchId, fact.BatchId);
        }
        Assert.Equal(["04792", null], changes.Select(c => facts.Single(f => f.Id == c.FactId).CommuneCode).OrderBy(c => c).Reverse());
        Assert.All(facts.Where(f => f.CommuneCode == "04795" || f.FieldCode == "SHTT"), f => Assert.Equal(original.BatchId, f.BatchId));
    }
}
