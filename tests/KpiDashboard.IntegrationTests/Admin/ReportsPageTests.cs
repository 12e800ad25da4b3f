using System.Net;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Reporting.Reports;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>/reports and the downloads: bookmarkable GETs, the right headers, a clear 400 for what cannot be served.</summary>
[Collection(AdminCollection.Name)]
public sealed class ReportsPageTests(AdminFixture fixture)
{
    private Task<HttpClient> Client(bool redirects = true) => fixture.ClientAsync(redirects);

    [Fact]
    public async Task The_page_offers_every_report_scope_period_and_language()
    {
        var html = await (await Client()).GetStringAsync("/reports");
        Assert.Contains("<option value=\"form06\" selected=\"selected\">Biểu số 06/VPCP/KSTT (Excel)</option>", html);
        Assert.Contains("value=\"national\"", html);
        Assert.Contains("value=\"csv\"", html);
        Assert.Contains("<option value=\"25\">Phú Thọ</option>", html);
        Assert.Contains("<option value=\"2025-Q3\"", html);
        Assert.Contains("<option value=\"2025-H1\"", html);
        Assert.Contains("<option value=\"en\"", html);
        Assert.Contains("name=\"commune\"", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task A_choice_by_name_shows_its_bookmarkable_download_link()
    {
        var html = await (await Client()).GetStringAsync("/reports?report=form06&province=phu%20tho&period=2025-07&language=vi");
        Assert.Contains("href=\"/reports/download?report=form06&amp;period=2025-07&amp;province=25&amp;language=vi\"", html);
        Assert.Contains("Biểu06_PhúThọ_2025-07.xlsx", html);
        Assert.Contains("action=\"/reports/archive\"", html);
        Assert.Contains("__RequestVerificationToken", html);
    }

    [Fact]
    public async Task Form06_download_has_the_xlsx_type_and_a_vietnamese_file_name()
    {
        var response = await (await Client()).GetAsync("/reports/download?report=form06&province=25&period=2025-07&language=vi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportFactory.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Bieu06_PhuTho_2025-07.xlsx", disposition.FileName?.Trim('"'));
        Assert.Equal("Biểu06_PhúThọ_2025-07.xlsx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''Bi%E1%BB%83u06_Ph%C3%BATh%E1%BB%8D_2025-07.xlsx", response.Content.Headers.GetValues("Content-Disposition").Single());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDashboard.Metrics.Data.KpiDbContext>();
        Assert.Contains(db.AuditEntries, e => e.Action == "report.download" && e.Details == "Bieu06_PhuTho_2025-07.xlsx" && e.Actor.Contains("admin"));
    }

    [Theory]
    [InlineData("report=national&period=2025-07&language=en", "Summary_Nation_2025-07.xlsx", ReportFactory.XlsxContentType)]
    [InlineData("report=csv&province=25&period=2025-Q3", "SốLiệu_PhúThọ_2025-Q3.csv", "text/csv")]
    [InlineData("report=csv&commune=" + WebFixture.CommuneTanHoa + "&period=2025-06", "SốLiệu_TânHòa_2025-06.csv", "text/csv")]
    [InlineData("report=form06&commune=T%C3%A2n%20H%C3%B2a&province=25&period=2025-06", "Biểu06_TânHòa_2025-06.xlsx", ReportFactory.XlsxContentType)]
    [InlineData("report=form06&period=2025&language=en", "Form06_Nation_2025.xlsx", ReportFactory.XlsxContentType)]
    public async Task Every_report_downloads_with_its_name_and_type(string query, string fileName, string type)
    {
        var response = await (await Client()).GetAsync("/reports/download?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/reports/download?report=pie&period=2025-07", "Không có loại báo cáo")]
    [InlineData("/reports/download?report=form06&period=2025-13", "Kỳ báo cáo không hợp lệ")]
    [InlineData("/reports/download?report=form06&province=Atlantis&period=2025-07", "Không tìm thấy tỉnh")]
    [InlineData("/reports/download?report=form06&commune=99999&period=2025-07", "Không tìm thấy xã")]
    [InlineData("/reports/download?report=form06&province=01&commune=" + WebFixture.CommuneTanHoa, "Không tìm thấy xã")]
    [InlineData("/reports/download?report=national&province=25&period=2025-07", "Bảng tổng hợp toàn quốc không chọn tỉnh")]
    [InlineData("/reports/download?report=form06&field=SHTT&period=2025-07", "Biểu 06 gồm mọi lĩnh vực")]
    [InlineData("/reports/download?report=csv&field=%3Cscript%3E&period=2025-07", "Không tìm thấy lĩnh vực")]
    [InlineData("/reports/download?report=form06&language=fr", "Ngôn ngữ")]
    [InlineData("/reports?report=form06&province=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Không tìm thấy tỉnh")]
    [InlineData("/reports/archive/2025-07/..%2F..%2Fappsettings.json", "Tên tệp")]
    [InlineData("/reports/archive/2025-07/.hidden", "Tên tệp")]
    [InlineData("/reports/archive/2025-07/manifest.json", "Tên tệp")]
    [InlineData("/reports/archive/..%2F..%2Fetc/passwd", "Kỳ")]
    public async Task Bad_input_gets_a_400_page_with_the_reason(string url, string message)
    {
        var response = await (await Client()).GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_archived_name_that_is_not_in_the_manifest_is_404()
    {
        var response = await (await Client()).GetAsync("/reports/archive/2019-01/Bieu06_Nowhere_2019-01.xlsx");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/?period=2025-07", "/reports/download?report=national&amp;period=2025-07&amp;language=vi", "/reports/download?report=csv&amp;period=2025-07&amp;language=vi")]
    [InlineData("/provinces/25?period=2025-07", "/reports/download?report=form06&amp;period=2025-07&amp;province=25&amp;language=vi", "/reports/download?report=csv&amp;period=2025-07&amp;province=25&amp;language=vi")]
    [InlineData("/communes/" + WebFixture.CommuneTanHoa + "?period=2025-06&lang=en", "/reports/download?report=form06&amp;period=2025-06&amp;commune=" + WebFixture.CommuneTanHoa + "&amp;language=en", "report=csv&amp;period=2025-06&amp;commune=" + WebFixture.CommuneTanHoa)]
    [InlineData("/fields/SHTT?period=2025-Q3", "/reports/download?report=csv&amp;period=2025-Q3&amp;field=SHTT&amp;language=vi", "/reports?period=2025-Q3")]
    public async Task Every_dashboard_page_links_the_downloads_of_its_scope(string page, string first, string second)
    {
        var html = await (await Client()).GetStringAsync(page);
        Assert.Contains(first, html);
        Assert.Contains(second, html);
        var link = System.Net.WebUtility.HtmlDecode(first);
        var response = await (await Client()).GetAsync(link.StartsWith('/') ? link : "/reports/download?" + link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Content.Headers.ContentDisposition?.FileNameStar);
    }
}
