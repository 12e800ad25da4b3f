using System.Net;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Metrics.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>An old province (Vĩnh Phúc, 26) has its own page for a month before July 2025, in the old units.</summary>
public sealed class OldProvincePageTests
{
    private const string Header = "period,province,Quận/Huyện,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";
    private const string Officer24 = "bacninh@test.invalid";
    private const string Password = "TestPassword2025";

    // received = 15k, handled = 17k = resolved + pending.
    private static string Row(string period, string province, string district, string commune, int k) =>
        $"{period},{province},{district},{commune},SHTT,{10 * k},{5 * k},{2 * k},{8 * k},{4 * k},{k},{3 * k},{k}\n";

    private static readonly string Figures = Header
        + Row("2024-06", "26", "", "", 1)                                // the month before: the trend and the previous tile
        + Row("2024-07", "Vĩnh Phúc", "", "", 1)                         // the province's agencies
        + Row("2024-07", "26", "243", "", 2)                             // Vĩnh Yên's own figures
        + Row("2024-07", "26", "Huyện Lập Thạch", "", 3)                 // Lập Thạch's
        + Row("2024-07", "26", "Vĩnh Yên", "08707", 4)                   // a commune of Vĩnh Yên
        + Row("2024-07", "26", "", "Xã Quang Sơn", 5)                    // a commune of Lập Thạch
        + Row("2024-07", "Hòa Bình", "", "", 6)                          // another old province of today's Phú Thọ
        + Row("2024-07", "Bắc Ninh", "", "", 7)                          // an old province that went into Bắc Ninh (24)
        + Row("2025-07", "25", "", "", 8);                               // today's units

    private static async Task<KpiWebFactory> AppAsync(TestDatabase db)
    {
        await HistoryUnits.ImportAsync(db);
        var result = await db.IngestAsync(Figures);
        Assert.Empty(result.Errors);
        var factory = new KpiWebFactory(db);
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.True((await accounts.AddAsync(Officer24, Roles.ProvinceOfficer, ["24"], Password, "test")).Succeeded);
        return factory;
    }

    private static async Task<HttpClient> SignedInAsync(KpiWebFactory factory, string email, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Security.SecurityFixture.SignInAsync(client, email, password);
        return client;
    }

    private static (string, string) Demo(string role) =>
        KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == role) is var a ? (a.Email, a.Password) : default;

    [Fact]
    public async Task The_old_province_page_shows_its_own_figures_districts_and_communes_and_where_it_went()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var factory = await AppAsync(db);
        var (email, password) = Demo(Roles.Analyst);
        var client = await SignedInAsync(factory, email, password);

        var response = await client.GetAsync("/provinces/26?period=2024-07");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tỉnh Vĩnh Phúc (đơn vị cũ, đến 30/06/2025) — đã sáp nhập vào <a href=\"/provinces/25?period=2024-07\">Phú Thọ</a>", page);
        // Its own figures: agencies, two districts, two communes (15 × (1 + 2 + 3 + 4 + 5)), not Hòa Bình's.
        Assert.Equal("225", Html.Tile(page, "received"));
        Assert.Equal("30", Html.Cell(page, "data-district", "243", "received"));
        Assert.Equal("45", Html.Cell(page, "data-district", "246", "received"));
        var busiest = await client.GetStringAsync("/provinces/26?period=2024-07&sort=received&dir=desc");
        Assert.Equal("60", Html.Cell(busiest, "data-commune", "08707", "received"));
        Assert.Equal("75", Html.Cell(busiest, "data-commune", "08764", "received"));
        // Districts are not passed off as communes, and old communes have no page of their own to link to.
        Assert.DoesNotContain("data-commune=\"H243\"", page);
        Assert.DoesNotContain("href=\"/communes/08707", busiest);
        // No boundaries of old communes: no map, and the page says so.
        Assert.Contains("id=\"no-map\"", page);
        Assert.DoesNotContain("/maps/communes", page);
        // Its charts are its own, in the old units.
        Assert.Contains("/charts/trend.png?period=2024-07&amp;province=26&amp;months=24", page);
        Assert.Contains("units=old", page);
        var chart = await client.GetAsync("/charts/trend.svg?period=2024-07&province=26&months=24&lang=vi&w=760&h=380&units=old");
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Contains("Vĩnh Phúc", await chart.Content.ReadAsStringAsync());
        // Search among its old communes.
        var found = await client.GetStringAsync("/provinces/26?period=2024-07&q=Quang%20Son");
        Assert.Contains("data-commune=\"08764\"", found);
        Assert.DoesNotContain("data-commune=\"08707\"", found);

        // Today's Phú Thọ of the same month is still today's, on comparable figures (Vĩnh Phúc and Hòa Bình).
        var today = await client.GetStringAsync("/provinces/25?period=2024-07");
        Assert.Equal("315", Html.Tile(today, "received"));
        Assert.DoesNotContain("id=\"old-unit\"", today);
        // From July 2025 the old province's address says where it went.
        var gone = await client.GetAsync("/provinces/26?period=2025-07");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("Tỉnh Vĩnh Phúc (26) đã sáp nhập vào Tỉnh Phú Thọ (25) từ 01/07/2025.", await gone.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/charts/trend.svg?period=2025-07&province=26&units=old")).StatusCode);

        // Last: the English switch is a cookie, kept by the client for the requests after it.
        var english = await client.GetStringAsync("/provinces/26?period=2024-07&lang=en");
        Assert.Contains("Tỉnh Vĩnh Phúc (old unit, until 30/06/2025) — merged into <a href=\"/provinces/25?period=2024-07&amp;lang=en\">Phú Thọ</a>", english);
        Assert.Contains("No map: the boundaries of the old communes", english);
    }

    [Fact]
    public async Task A_province_officer_reads_the_old_provinces_that_went_into_theirs_and_no_other()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var factory = await AppAsync(db);
        var (email, password) = Demo(Roles.ProvinceOfficer);
        Assert.Equal("25", KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Email == email).Provinces);
        var phuTho = await SignedInAsync(factory, email, password);
        var bacNinh = await SignedInAsync(factory, Officer24, Password);

        // Phú Thọ's officer reads Vĩnh Phúc (26) of 2024, its page, chart and form, whole.
        var page = await phuTho.GetStringAsync("/provinces/26?period=2024-07");
        Assert.Equal("225", Html.Tile(page, "received"));
        Assert.Equal(HttpStatusCode.OK, (await phuTho.GetAsync("/charts/trend.svg?period=2024-07&province=26&units=old")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phuTho.GetAsync("/reports/download?report=form06&period=2024-07&province=26&language=vi")).StatusCode);
        // ... but not old Bắc Ninh (27), which went into today's Bắc Ninh (24).
        Assert.Equal(HttpStatusCode.Forbidden, (await phuTho.GetAsync("/provinces/27?period=2024-07")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await phuTho.GetAsync("/charts/trend.svg?period=2024-07&province=27&units=old")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await phuTho.GetAsync("/reports/download?report=form06&period=2024-07&province=27&language=vi")).StatusCode);

        // Bắc Ninh's officer reads old Bắc Ninh (27) and nothing of Vĩnh Phúc.
        Assert.Equal("105", Html.Tile(await bacNinh.GetStringAsync("/provinces/27?period=2024-07"), "received"));
        Assert.Equal(HttpStatusCode.Forbidden, (await bacNinh.GetAsync("/provinces/26?period=2024-07")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bacNinh.GetAsync("/charts/fields.svg?period=2024-07&province=26&units=old")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bacNinh.GetAsync("/reports/download?report=csv&period=2024-07&province=26&language=vi")).StatusCode);
        // The old units' ranking of a Phú Thọ officer holds its three old provinces' figures, never Bắc Ninh's.
        var ranking = await phuTho.GetStringAsync("/ranking?period=2024-07&units=old");
        // (a rank, so figures: before, the officer's old-units ranking read only old Phú Thọ's own rows)
        Assert.Matches(@"^\s*<td>\d+</td>", Html.Row(ranking, "data-province", "26"));
        Assert.DoesNotContain("data-province=\"27\"", ranking);
    }
}
