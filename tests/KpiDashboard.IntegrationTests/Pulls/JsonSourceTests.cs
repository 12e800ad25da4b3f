using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class JsonSourceTests
{
    [Fact]
    public async Task An_array_of_objects_with_canonical_keys_is_one_batch()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 1, ("api", "/figures.json", "json"));

        var result = await harness.PullAsync("api");

        Assert.Equal("ok", result.Status);
        var fact = await harness.QueryAsync(db => db.Facts.SingleAsync());
        Assert.Equal("TSVTD", fact.FieldCode);
        Assert.Equal(10, fact.Values.Received);
    }
}
