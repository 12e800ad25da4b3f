using System.Net;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>Bad query strings get a clear 400 or 404 page, never a 500, and nothing they carry is reflected unescaped.</summary>
[Collection(WebCollection.Name)]
public sealed class BadQueryTests(WebFixture app)
{
    [Theory]
    [InlineData("/?period=2025-13", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/?period=%3Cscript%3Ealert(1)%3C/script%3E", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/?period=2025--1", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/?period=2025-7-", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/?period=(2025)(07)", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/?period=2025%E2%80%8B-07", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/?period=%E2%80%AE2025-07", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/?period=2025%0A07", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/ranking?period=2025-Q3%0A", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/?field=%3Cscript%3Ealert(1)%3C/script%3E", HttpStatusCode.NotFound, "Không tìm thấy lĩnh vực")]
    [InlineData("/?sort=%3Cscript%3E", HttpStatusCode.BadRequest, "Không sắp xếp được")]
    [InlineData("/?sort=name&dir=up", HttpStatusCode.BadRequest, "Chiều sắp xếp không hợp lệ")]
    [InlineData("/provinces/99", HttpStatusCode.NotFound, "Không tìm thấy tỉnh")]
    [InlineData("/provinces/%3Cscript%3Ealert(1)%3C%2Fscript%3E", HttpStatusCode.NotFound, "Không tìm thấy tỉnh")]
    [InlineData("/provinces/25?page=abc", HttpStatusCode.BadRequest, "Số trang không hợp lệ")]
    [InlineData("/fields/NOPE", HttpStatusCode.NotFound, "Không tìm thấy lĩnh vực")]
    [InlineData("/communes/99999", HttpStatusCode.NotFound, "Không tìm thấy xã")]
    [InlineData("/ranking?period=2025-Q5", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/charts/pie.png", HttpStatusCode.NotFound, "Không có biểu đồ")]
    [InlineData("/charts/ranking.gif", HttpStatusCode.NotFound, "Không có định dạng")]
    [InlineData("/charts/ranking.png?w=abc", HttpStatusCode.BadRequest, "không hợp lệ")]
    [InlineData("/charts/ranking.png?w=99999", HttpStatusCode.BadRequest, "không hợp lệ")]
    [InlineData("/charts/trend.png?scale=9", HttpStatusCode.BadRequest, "Tỷ lệ phóng")]
    [InlineData("/charts/trend.png?period=2025-13", HttpStatusCode.BadRequest, "Kỳ báo cáo không hợp lệ")]
    [InlineData("/no/such/page", HttpStatusCode.NotFound, "Không có trang này")]
    public async Task Bad_input_gets_a_clear_page(string url, HttpStatusCode status, string message)
    {
        var response = await app.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, html);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task English_error_messages_with_lang_en()
    {
        var response = await app.CreateClient().GetAsync("/?period=2025-13&lang=en");
        Assert.Contains("Invalid period", await response.Content.ReadAsStringAsync());
    }
}
