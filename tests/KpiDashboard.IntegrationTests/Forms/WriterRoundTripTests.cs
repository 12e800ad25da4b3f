using KpiDashboard.IntegrationTests.Support;
using System.Text;
using KpiDashboard.Ingestion.Batches;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Forms;

/// <summary>
/// The fixtures are Biểu 06 as Reporting's Form06Writer writes it (Vietnamese and English) for these facts: one field
/// complete, one known only by "received 43", which the writer shows as the lower bound 43*.
/// </summary>
public sealed class WriterRoundTripTests : DatabaseTest
{
    private const string Facts = """
        period,province,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue,received
        2025-07,25,SHTT,10,5,2,8,4,1,3,1,
        2025-07,25,TSVTD,,,,,,,,,43
        """;

    [Theory]
    [InlineData("form06-writer-vi.xlsx")]
    [InlineData("form06-writer-en.xlsx")]
    public async Task A_form_exported_by_this_product_ingests_back_as_unchanged(string fixture)
    {
        var service = Service<IngestService>();
        var loaded = await service.IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(Facts)), "facts.csv", new IngestOptions());
        Assert.Empty(loaded.Errors);

        await using var form = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Forms", "Fixtures", fixture));
        var result = await service.IngestAsync(form, fixture, new IngestOptions());

        Assert.Empty(result.Errors);
        Assert.True(result.ChangedNothing);
        Assert.Equal(2, result.Unchanged);
        Assert.Equal(1, await Db.Batches.CountAsync());
    }
}
