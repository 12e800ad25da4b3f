using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.IntegrationTests.Web;

namespace KpiDashboard.IntegrationTests.Scale;

/// <summary>
/// Two instances of the web app on one database, each with its page cache and its own clock: a batch ingested through
/// one shows there at once, and on the other as soon as a second has passed on its clock (it reads the data version
/// at most once a second), never later.
/// </summary>
public sealed class TwoInstancePageCacheTests
{
    [Fact]
    public async Task A_batch_through_one_instance_shows_on_the_other_within_a_second()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var a = new PageCacheApp(db, PageCacheApp.NewClock());
        await a.StartWithCommunesAsync();
        await using var b = new PageCacheApp(db, PageCacheApp.NewClock());
        var clientA = a.RawClient();
        var clientB = b.RawClient();

        var before = await a.ReceivedInJuneAsync();
        Assert.Equal(before, Html.Tile(await clientB.GetStringAsync(PageCacheApp.ProvincePage), "received"));
        Assert.Equal(before, Html.Tile(await clientA.GetStringAsync(PageCacheApp.ProvincePage), "received"));

        await a.IngestCommuneFiguresAsync();
        var after = await a.ReceivedInJuneAsync();
        Assert.NotEqual(before, after);

        Assert.Equal(after, Html.Tile(await clientA.GetStringAsync(PageCacheApp.ProvincePage), "received"));
        // Within the second B read the version in, B still serves what it kept.
        b.Clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Equal(before, Html.Tile(await clientB.GetStringAsync(PageCacheApp.ProvincePage), "received"));
        b.Clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(after, Html.Tile(await clientB.GetStringAsync(PageCacheApp.ProvincePage), "received"));
    }
}
