using System.Net;
using System.Net.Http.Headers;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Responses that hold scoped figures say how they may be cached: the API never, downloads only privately.</summary>
[Collection(SecurityCollection.Name)]
public sealed class CacheControlTests(SecurityFixture app)
{
    [Fact]
    public async Task Every_api_response_is_no_store_even_a_refusal()
    {
        var token = await app.ClientAsync(Who.TokenAnalyst);
        var ok = await token.GetAsync("/api/figures?province=25&period=2025-06");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(ok.Headers.CacheControl?.NoStore, ok.Headers.CacheControl?.ToString());

        var refused = await app.Anonymous().GetAsync("/api/figures?province=25&period=2025-06");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(refused.Headers.CacheControl?.NoStore, refused.Headers.CacheControl?.ToString());

        var bad = await token.GetAsync("/api/figures?period=nope");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(bad.Headers.CacheControl?.NoStore, bad.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Archived_and_live_downloads_are_private_and_checked_again()
    {
        var admin = await app.ClientAsync(Who.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await Archiving.SaveAsync(admin, "csv", "2025-02", province: "25")).StatusCode);
        foreach (var url in new[] { Archiving.Url("2025-02/SoLieu_PhuTho_2025-02.csv"), "/reports/download?report=csv&province=25&period=2025-02" })
        {
            var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertPrivateNoCache(response.Headers.CacheControl, url);
        }
    }

    private static void AssertPrivateNoCache(CacheControlHeaderValue? value, string url)
    {
        Assert.True(value is { Private: true } && (value.NoCache || value.NoStore), $"{url}: {value}");
        Assert.False(value!.Public, url);
    }
}
