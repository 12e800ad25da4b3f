using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Web.Infrastructure;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>
/// The pages' output cache and validators on a public read-only dashboard: a page is kept per address, language and
/// reader's scope until a batch lands, answers If-None-Match with 304, and a signed-in reader never gets a kept page.
/// A response served from the cache carries an Age header; one built for the request does not.
/// </summary>
public sealed class PageCacheTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private PageCacheApp _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _app = new PageCacheApp(_db, PageCacheApp.NewClock());
        await _app.StartWithCommunesAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? etag = null, string? cookie = null, string? encoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await client.SendAsync(request);
    }

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Fact]
    public async Task A_page_is_kept_until_a_batch_lands_and_answers_its_ETag_with_304()
    {
        var client = _app.RawClient();
        var first = await GetAsync(client, PageCacheApp.ProvincePage);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(FromCache(first));
        var etag = first.Headers.ETag!.ToString();
        var html = await first.Content.ReadAsStringAsync();
        var before = await _app.ReceivedInJuneAsync();
        Assert.Equal(before, Html.Tile(html, "received"));

        var again = await GetAsync(client, PageCacheApp.ProvincePage);
        Assert.True(FromCache(again));
        Assert.Equal(html, await again.Content.ReadAsStringAsync());
        Assert.Equal(etag, again.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(client, PageCacheApp.ProvincePage, etag)).StatusCode);
        // Another address is another page.
        Assert.False(FromCache(await GetAsync(client, PageCacheApp.ProvincePage + "&sort=received")));
        // A refused query is no page: no validator, nothing kept.
        var refused = await GetAsync(client, "/provinces/25?period=2025-13");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(refused.Headers.ETag);
        Assert.False(FromCache(await GetAsync(client, "/provinces/25?period=2025-13")));

        await _app.IngestCommuneFiguresAsync();

        var after = await GetAsync(client, PageCacheApp.ProvincePage, etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(FromCache(after));
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
        var received = await _app.ReceivedInJuneAsync();
        Assert.NotEqual(before, received);
        Assert.Equal(received, Html.Tile(await after.Content.ReadAsStringAsync(), "received"));
    }

    [Fact]
    public async Task An_approval_changes_the_data_version_so_a_kept_page_is_built_again()
    {
        await _app.IngestCommuneFiguresAsync();
        var client = _app.RawClient();
        var first = await GetAsync(client, PageCacheApp.ProvincePage);
        Assert.True(FromCache(await GetAsync(client, PageCacheApp.ProvincePage)));

        await _app.ApproveJuneAsync(WebFixture.CommuneTanHoa);

        var after = await GetAsync(client, PageCacheApp.ProvincePage, first.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(FromCache(after));
    }

    [Fact]
    public async Task Each_language_has_its_own_page_whether_asked_by_query_or_by_cookie()
    {
        var client = _app.RawClient();
        var vi = await GetAsync(client, "/?period=2025-07");
        var en = await GetAsync(client, "/?period=2025-07", cookie: $"{LanguageCultureProvider.CookieName}=en");
        Assert.Contains("<html lang=\"vi\">", await vi.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"en\">", await en.Content.ReadAsStringAsync());
        Assert.False(FromCache(en));
        Assert.NotEqual(vi.Headers.ETag, en.Headers.ETag);

        var viAgain = await GetAsync(client, "/?period=2025-07");
        var enAgain = await GetAsync(client, "/?period=2025-07", cookie: $"{LanguageCultureProvider.CookieName}=en");
        Assert.True(FromCache(viAgain) && FromCache(enAgain));
        Assert.Contains("<html lang=\"vi\">", await viAgain.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"en\">", await enAgain.Content.ReadAsStringAsync());
        // One reader's ETag is no 304 for the other language.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/?period=2025-07", vi.Headers.ETag!.ToString(), $"{LanguageCultureProvider.CookieName}=en")).StatusCode);
    }

    [Fact]
    public async Task A_province_officer_never_gets_a_kept_national_or_other_province_page()
    {
        var anonymous = _app.RawClient();
        foreach (var url in new[] { "/?period=2025-07", "/provinces/42?period=2025-07", "/provinces/25?period=2025-07" })
        {
            await GetAsync(anonymous, url);
            Assert.True(FromCache(await GetAsync(anonymous, url)), url);
        }
        var kept = await GetAsync(anonymous, "/?period=2025-07");
        Assert.Equal(34, Html.RowKeys(await kept.Content.ReadAsStringAsync(), "data-province").Count);

        var officer = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SecurityFixture.SignInAsync(officer, "phutho@demo.invalid", "DemoPhuTho2025");

        var overview = await GetAsync(officer, "/?period=2025-07");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.False(FromCache(overview));
        var html = await overview.Content.ReadAsStringAsync();
        Assert.Contains("phutho@demo.invalid", html);
        Assert.All(Html.RowKeys(html, "data-province"), code => Assert.Equal("25", code));
        // Not the anonymous reader's ETag either: a 304 would hand the officer the national page the browser kept.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(officer, "/?period=2025-07", kept.Headers.ETag!.ToString())).StatusCode);

        var other = await GetAsync(officer, "/provinces/42?period=2025-07");
        Assert.NotEqual(HttpStatusCode.OK, other.StatusCode);
        Assert.False(FromCache(other));

        var own = await GetAsync(officer, "/provinces/25?period=2025-07");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.False(FromCache(own));
        Assert.False(FromCache(await GetAsync(officer, "/provinces/25?period=2025-07")));
    }

    [Fact]
    public async Task Anonymous_pages_are_compressed_and_signed_in_pages_are_not()
    {
        var anonymous = await GetAsync(_app.RawClient(), "/ranking?period=2025-07", encoding: "br");
        Assert.Equal(["br"], anonymous.Content.Headers.ContentEncoding);
        await using (var brotli = new BrotliStream(await anonymous.Content.ReadAsStreamAsync(), CompressionMode.Decompress))
            Assert.Contains("<html lang=\"vi\">", await new StreamReader(brotli).ReadToEndAsync());
        var gzip = await GetAsync(_app.RawClient(), "/ranking?period=2025-07", encoding: "gzip");
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);

        var officer = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SecurityFixture.SignInAsync(officer, "phutho@demo.invalid", "DemoPhuTho2025");
        var signedIn = await GetAsync(officer, "/ranking?period=2025-07", encoding: "br");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Empty(signedIn.Content.Headers.ContentEncoding);
        Assert.Contains("__RequestVerificationToken", await signedIn.Content.ReadAsStringAsync());
    }
}
