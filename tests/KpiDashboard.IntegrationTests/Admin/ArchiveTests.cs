using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiDashboard.IntegrationTests.Admin;

[Collection(AdminCollection.Name)]
public sealed class ArchiveTests(AdminFixture fixture)
{
    [Fact]
    public async Task A_saved_report_is_listed_served_by_its_name_and_marked_stale_after_new_figures()
    {
        var client = await fixture.ClientAsync();
        const string page = "/reports?report=form06&province=25&period=2025-05&language=vi";
        var saved = await Forms.PostAsync(client, page, "/reports/archive",
            ("report", "form06"), ("province", "25"), ("period", "2025-05"), ("language", "vi"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(File.Exists(Path.Combine(fixture.ReportsRoot, "2025-05", "Bieu06_PhuTho_2025-05.xlsx")));

        var html = await client.GetStringAsync("/reports");
        var row = Web.Html.Row(html, "data-file", "2025-05/Bieu06_PhuTho_2025-05.xlsx");
        Assert.Contains("href=\"/reports/archive/2025-05/Bieu06_PhuTho_2025-05.xlsx\"", row);
        Assert.Contains("Biểu06_PhúThọ_2025-05.xlsx", row);
        Assert.Contains("Mới nhất", row);

        var download = await client.GetAsync("/reports/archive/2025-05/Bieu06_PhuTho_2025-05.xlsx");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("Biểu06_PhúThọ_2025-05.xlsx", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(fixture.ReportsRoot, "2025-05", "Bieu06_PhuTho_2025-05.xlsx")),
            await download.Content.ReadAsByteArrayAsync());

        await fixture.App.IngestAsync(
            "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n" +
            $"2025-05,25,{Web.WebFixture.CommuneThongNhat},SHTT,3,1,0,2,1,0,1,0\n", "thong-nhat-2025-05.csv");
        row = Web.Html.Row(await client.GetStringAsync("/reports"), "data-file", "2025-05/Bieu06_PhuTho_2025-05.xlsx");
        Assert.Contains("class=\"stale\"", row);
    }

    [Fact]
    public async Task Saving_without_the_antiforgery_token_is_refused()
    {
        var client = await fixture.ClientAsync(redirects: true);
        var response = await client.PostAsync("/reports/archive", new FormUrlEncodedContent(new Dictionary<string, string> { ["report"] = "national", ["period"] = "2025-07" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(fixture.ReportsRoot, "2025-07")) &&
                     File.Exists(Path.Combine(fixture.ReportsRoot, "2025-07", "TongHop_ToanQuoc_2025-07.xlsx")));
    }
}
