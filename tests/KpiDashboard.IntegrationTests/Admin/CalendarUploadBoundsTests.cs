using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using KpiDashboard.Ingestion;
using KpiDashboard.IntegrationTests.Security;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>
/// /admin/calendar refuses a file of bad lines with the first <see cref="IngestErrors.Limit"/> errors and how many more,
/// as the figures ingest does (before, every one of 20,000 errors: a page of 4 MB), and a source longer than
/// 500 characters naming its line and column (before, stored and shown whole).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class CalendarUploadBoundsTests(SecurityFixture app)
{
    [Fact]
    public async Task A_file_of_bad_lines_lists_the_first_errors_and_how_many_more()
    {
        var csv = string.Concat(Enumerable.Repeat("x,y,z\n", 20_000));
        var response = await UploadAsync(await app.ClientAsync(Who.Admin), csv);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(IngestErrors.Limit + 1, Errors(page).Count);
        Assert.StartsWith("dòng 1, cột date", Errors(page)[0]);
        Assert.Equal("… và 19500 lỗi khác không liệt kê / and 19500 more errors not listed", Errors(page)[^1]);
        Assert.True(page.Length < 400_000, $"{page.Length} characters");
    }

    [Fact]
    public async Task A_source_over_500_characters_is_refused_naming_its_line_and_column()
    {
        var admin = await app.ClientAsync(Who.Admin);
        var response = await UploadAsync(admin, "date,kind,source\n2031-03-03,off,Thông báo thử\n2031-03-04,off," + new string('a', 200_000) + "\n");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["dòng 3, cột source: Nguồn dài 200000 ký tự, tối đa 500. / line 3, column source: The source is 200000 characters long, at most 500."], Errors(page));
        Assert.DoesNotContain(new string('a', 501), page);
        Assert.DoesNotContain("id=\"imported\"", page);

        var limit = await UploadAsync(admin, "date,kind,source\n2031-03-04,off," + new string('a', 500) + "\n");
        Assert.Equal(HttpStatusCode.OK, limit.StatusCode);
        Assert.Contains(new string('a', 500), await admin.GetStringAsync("/admin/calendar?year=2031"));
    }

    private static List<string> Errors(string page) =>
        [.. Regex.Matches(Regex.Match(page, "<ul class=\"errors\"[^>]*>(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value, "<li>(.*?)</li>", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        var token = Security.Forms.TokenIn(await client.GetStringAsync("/admin/calendar?year=2031"));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "lich.csv");
        form.Add(new StringContent(token), Security.Forms.TokenField);
        form.Add(new StringContent("2031"), "year");
        return await client.PostAsync("/admin/calendar", form);
    }
}
