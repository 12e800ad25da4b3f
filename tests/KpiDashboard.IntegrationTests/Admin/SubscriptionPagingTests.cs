using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>
/// /admin/subscriptions lists 100 subscriptions a page, by address, with a search by address or unit, on its own database
/// of 250 (before, every subscription on one page: 21 MB for an import of 20,000).
/// </summary>
public sealed class SubscriptionPagingTests : IAsyncLifetime
{
    private readonly AdminFixture _fixture = new();
    private int _total;

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        await using var scope = _fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
        // Phú Thọ (25) for every third, Hà Nội (01) for the others.
        db.Subscriptions.AddRange(Enumerable.Range(0, 250).Select(i => new Subscription
        {
            Email = string.Create(CultureInfo.InvariantCulture, $"nguoi-{i:D3}@example.vn"), DisplayName = "Người nhận",
            Scope = i % 3 == 0 ? "province:25" : "province:01", Language = "vi", CreatedUtc = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
        _total = await db.Subscriptions.CountAsync();
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    private static List<string> Emails(string page) =>
        [.. Regex.Matches(page, "<tr data-subscription=\"[0-9]+\">\\s*<th scope=\"row\">([^<]*)</th>").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task The_list_is_paged_by_address()
    {
        var client = await _fixture.ClientAsync();
        var first = await client.GetStringAsync("/admin/subscriptions");
        Assert.Equal(SubscriptionListQuery.PageSize, Emails(first).Count);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"/ {_total})"), first);
        Assert.Contains("href=\"/admin/subscriptions?page=2#subscriptions\"", first);
        var lastPage = (_total + SubscriptionListQuery.PageSize - 1) / SubscriptionListQuery.PageSize;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"?page={lastPage}#subscriptions\""), first);

        var all = new List<string>();
        for (var page = 1; page <= lastPage; page++)
            all.AddRange(Emails(await client.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"/admin/subscriptions?page={page}"))));
        Assert.Equal(_total, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(_total, all.Distinct().Count());

        // Past the last page is the last page, as on the province page.
        Assert.Equal(Emails(await client.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"/admin/subscriptions?page={lastPage}"))),
            Emails(await client.GetStringAsync("/admin/subscriptions?page=9999")));
    }

    [Theory]
    [InlineData("page=abc", "Số trang không hợp lệ")]
    [InlineData("page=0", "Số trang không hợp lệ")]
    [InlineData("page=-1", "Số trang không hợp lệ")]
    [InlineData("page=10001", "Số trang không hợp lệ")]
    [InlineData("page=99999999999999999999", "Số trang không hợp lệ")]
    public async Task A_bad_page_is_400_naming_it(string query, string message)
    {
        var response = await (await _fixture.ClientAsync()).GetAsync("/admin/subscriptions?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_search_finds_by_address_or_unit_and_pages_what_it_finds()
    {
        var client = await _fixture.ClientAsync();
        var byAddress = await client.GetStringAsync("/admin/subscriptions?q=NGUOI-12");
        Assert.Equal([.. Enumerable.Range(120, 10).Select(i => string.Create(CultureInfo.InvariantCulture, $"nguoi-{i}@example.vn"))], Emails(byAddress));
        Assert.Contains("10 đăng ký khớp với", byAddress);

        var phuTho = Enumerable.Range(0, 250).Where(i => i % 3 == 0).Select(i => string.Create(CultureInfo.InvariantCulture, $"nguoi-{i:D3}@example.vn")).ToList();
        var byProvince = await client.GetStringAsync("/admin/subscriptions?q=Ph%C3%BA%20Th%E1%BB%8D");
        Assert.Equal(phuTho, Emails(byProvince));
        Assert.DoesNotContain("class=\"pages\"", byProvince);

        var haNoi = Enumerable.Range(0, 250).Where(i => i % 3 != 0).Select(i => string.Create(CultureInfo.InvariantCulture, $"nguoi-{i:D3}@example.vn")).ToList();
        var byUnit = await client.GetStringAsync("/admin/subscriptions?q=ha+noi");
        Assert.Equal(haNoi.Take(SubscriptionListQuery.PageSize), Emails(byUnit));
        Assert.Contains("166 đăng ký khớp với", byUnit);
        Assert.Matches("href=\"/admin/subscriptions\\?q=ha(%20|\\+)noi&amp;page=2#subscriptions\"", byUnit);
        Assert.Equal(haNoi.Skip(SubscriptionListQuery.PageSize), Emails(await client.GetStringAsync("/admin/subscriptions?q=ha+noi&page=2")));

        Assert.Contains("Không có đăng ký nào khớp.", await client.GetStringAsync("/admin/subscriptions?q=khong-ai"));
        var tooLong = await client.GetAsync("/admin/subscriptions?q=" + new string('a', SubscriptionListQuery.MaxSearchChars + 1));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Từ tìm kiếm quá dài", await tooLong.Content.ReadAsStringAsync());
    }
}
