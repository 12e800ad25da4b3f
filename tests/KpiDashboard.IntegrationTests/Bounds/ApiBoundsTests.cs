using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KpiDashboard.Ingestion;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Bounds;

/// <summary>
/// /api/ingest answers a file of bad rows, a header of 200,000 columns or a 10 MB cell with a 400 of bounded size: the first
/// errors, their count, values cut short. /reported refuses a text longer than Narrative:MaxChars with a 413.
/// The app runs over real HTTP on the test database, with a 24 MB upload limit.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ApiBoundsTests(SecurityFixture app)
{
    private WebApplicationFactory<Program> Larger(int narrativeChars = 200_000) => app.WithWebHostBuilder(b =>
    {
        b.UseSetting("Security:MaxUploadMegabytes", "24");
        b.UseSetting("Narrative:MaxChars", narrativeChars.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    private Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] file) => PostAsync(new ByteArrayContent(file));

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpContent content)
    {
        using var factory = Larger();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.TokenOf(Who.TokenAnalyst));
        var response = await client.PostAsync("/api/ingest?dry_run=true&name=hostile.csv", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private const string ThanhHoa = "period,province,field,received_online\n2025-07,Thanh Hoá,SHTT,5\n";

    private static ByteArrayContent Labelled(byte[] file, string contentType)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static void AssertOneRowRead((HttpStatusCode Status, string Body) answer)
    {
        Assert.True(answer.Status == HttpStatusCode.OK, answer.Body);
        using var json = JsonDocument.Parse(answer.Body);
        var root = json.RootElement;
        // Read as Thanh Hoá's figure whether or not the shared database already holds it.
        Assert.Equal((1, 1), (root.GetProperty("rows_read").GetInt32(),
            root.GetProperty("inserted").GetInt32() + root.GetProperty("updated").GetInt32() + root.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public async Task A_csv_sent_with_the_windows_code_page_named_is_read_in_it()
    {
        AssertOneRowRead(await PostAsync(Labelled(Windows1258.Bytes(ThanhHoa), "text/csv; charset=windows-1258")));

        using var form = new MultipartFormDataContent { { Labelled(Windows1258.Bytes(ThanhHoa), "text/csv; charset=windows-1258"), "file", "bao-cao.csv" } };
        AssertOneRowRead(await PostAsync(form));
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_outranks_a_wrong_charset()
    {
        var file = System.Text.Encoding.UTF8.Preamble.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(ThanhHoa)).ToArray();
        AssertOneRowRead(await PostAsync(Labelled(file, "text/csv; charset=windows-1258")));
    }

    [Theory]
    [InlineData("x-klingon")]
    [InlineData("us-ascii")]
    public async Task A_charset_that_is_unknown_or_not_the_files_is_a_400_naming_it(string charset)
    {
        var (status, body) = await PostAsync(Labelled(System.Text.Encoding.UTF8.GetBytes(ThanhHoa), $"text/csv; charset={charset}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"charset '{charset}'", body);
    }

    [Fact]
    public async Task A_body_cut_inside_a_letter_of_its_charset_is_a_400_naming_it()
    {
        // UTF-16 has two bytes a letter: an odd count ends inside one.
        var cut = System.Text.Encoding.Unicode.GetBytes(ThanhHoa)[..^1];
        var (status, body) = await PostAsync(Labelled(cut, "text/csv; charset=utf-16"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("charset 'utf-16'", body);
    }

    [Fact]
    public async Task A_charset_of_kilobytes_is_repeated_cut_short()
    {
        var charset = new string('x', 8_000);
        var (status, body) = await PostAsync(Labelled(System.Text.Encoding.UTF8.GetBytes(ThanhHoa), $"text/csv; charset={charset}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.Length < 1_000, $"{body.Length:N0} characters");
        Assert.Contains($"charset '{charset[..40]}…'", body);
    }

    [Fact]
    public async Task Two_megabytes_of_bad_rows_give_the_first_errors_and_a_count_of_the_rest()
    {
        var (status, body) = await PostAsync(HostileInputs.BadRows());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.Length < HostileInputs.MaxAnswerBytes, $"{body.Length:N0} characters");
        using var json = JsonDocument.Parse(body);
        Assert.Equal(IngestErrors.Limit, json.RootElement.GetProperty("errors").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("errors_not_listed").GetInt32() > 0);
        Assert.True(json.RootElement.GetProperty("errors_total").GetInt32() > IngestErrors.Limit);
    }

    [Fact]
    public async Task A_csv_in_the_windows_code_page_is_one_error_naming_its_line()
    {
        var (status, body) = await PostAsync(Windows1258.Bytes(ThanhHoa));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var json = JsonDocument.Parse(body);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("not_utf8", 2), (error.GetProperty("code").GetString(), error.GetProperty("row").GetInt32()));
    }

    [Fact]
    public async Task A_header_of_200000_columns_is_one_error()
    {
        var (status, body) = await PostAsync(HostileInputs.WideHeader());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var json = JsonDocument.Parse(body);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("outside_limits", error.GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("row").GetInt32());
    }

    [Fact]
    public async Task A_ten_megabyte_cell_is_one_short_error_naming_row_and_column()
    {
        var (status, body) = await PostAsync(HostileInputs.HugeCell());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.Length < 4 * 1024, $"{body.Length:N0} characters");
        using var json = JsonDocument.Parse(body);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("5", error.GetProperty("column").GetString());
    }

    [Fact]
    public async Task A_text_longer_than_the_narrative_limit_is_413_on_reported()
    {
        using var factory = Larger(narrativeChars: 50_000);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (email, password) = SecurityFixture.Credentials(Who.Analyst);
        await SecurityFixture.SignInAsync(client, email, password);
        var response = await ReportedPage.ReadAsync(client, string.Concat(Enumerable.Repeat("1 ", 30_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("50000", await response.Content.ReadAsStringAsync());
        var fits = await ReportedPage.ReadAsync(client, ReportedPage.SeedParagraph);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }
}
