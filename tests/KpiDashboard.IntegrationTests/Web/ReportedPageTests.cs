using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using KpiDashboard.IntegrationTests.Admin;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>Helpers for the /reported pages: posting the read form (multipart, as the browser does) and the save form.</summary>
internal static partial class ReportedPage
{
    /// <summary>The seed article's paragraph on Phú Thọ (../shared/seed/), as an Analyst would paste it.</summary>
    public const string SeedParagraph =
        "Cũng trong ngày 12/8, đoàn công tác Bộ Khoa học và Công nghệ do ông Nguyễn Lê Hùng, Phó Vụ trưởng Vụ Khoa học kỹ thuật và công nghệ đã làm việc với Sở Khoa học và Công nghệ tỉnh Phú Thọ.\n" +
        "Báo cáo cho thấy, trong tháng 7, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 91 hồ sơ thuộc 7 lĩnh vực quản lý nhà nước của ngành khoa học và công nghệ nhiều nhất là tần số vô tuyến điện (43 hồ sơ) và sở hữu trí tuệ (34 hồ sơ). Sở Khoa học và Công nghệ tỉnh Phú Thọ đã giải quyết 73 hồ sơ, trong đó 55 hồ sơ trước hạn, bảo đảm tiến độ các lĩnh vực khác.";

    public static async Task<HttpResponseMessage> ReadAsync(HttpClient client, string? text, string referenceDate = "2025-08-12",
        (string Name, byte[] Content)? file = null)
    {
        var token = Security.Forms.TokenIn(await client.GetStringAsync("/reported"));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), Security.Forms.TokenField },
            { new StringContent(text ?? ""), "text" },
            { new StringContent(referenceDate), "referenceDate" },
            { new StringContent("https://example.org/bai-viet"), "url" },
        };
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "file", f.Name);
        }
        return await client.PostAsync("/reported", form);
    }

    /// <summary>The figures marked in the text: index → the words marked.</summary>
    public static Dictionary<int, string> Marks(string html) =>
        MarkPattern().Matches(html).ToDictionary(m => int.Parse(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    /// <summary>The save form's fields as the page gives them (text, reference date, url, name, count, values, token).</summary>
    public static List<KeyValuePair<string, string>> SaveFields(string html)
    {
        var save = html[html.IndexOf("id=\"save-form\"", StringComparison.Ordinal)..];
        var fields = new List<KeyValuePair<string, string>>
        {
            new("text", WebUtility.HtmlDecode(TextArea().Match(save).Groups[1].Value)),
            new(Security.Forms.TokenField, Security.Forms.TokenIn(save)),
        };
        foreach (Match m in Input().Matches(save))
        {
            if (m.Groups[1].Value is "checkbox" || m.Groups[2].Value == Security.Forms.TokenField) continue;
            fields.Add(new(m.Groups[2].Value, WebUtility.HtmlDecode(m.Groups[3].Value)));
        }
        return fields;
    }

    public static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }

    [GeneratedRegex("<mark class=\"figure[^\"]*\" id=\"mark-(\\d+)\"[^>]*>(.*?)<span")]
    private static partial Regex MarkPattern();

    [GeneratedRegex("<textarea name=\"text\" hidden>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<input type=\"(\\w+)\"[^>]*? name=\"([^\"]+)\"[^>]*? value=\"([^\"]*)\"")]
    private static partial Regex Input();
}

/// <summary>The /reported pages as the demo Admin: read the seed paragraph, correct and discard, save, reconcile.</summary>
[Collection(AdminCollection.Name)]
public sealed class ReportedPageTests(AdminFixture fixture)
{
    [Fact]
    public async Task A_text_file_in_the_windows_code_page_is_a_400_naming_its_line()
    {
        var bytes = Windows1258.Bytes("Báo cáo tháng 7.\nTỉnh Thanh Hoá tiếp nhận 91 hồ sơ.\n");
        var client = await fixture.ClientAsync();
        var read = await ReportedPage.ReadAsync(client, null, file: ("bao-cao.txt", bytes));
        Assert.Equal(HttpStatusCode.BadRequest, read.StatusCode);
        var html = WebUtility.HtmlDecode(await read.Content.ReadAsStringAsync());
        Assert.Contains("Tệp không phải văn bản UTF-8: dòng 1", html);
        Assert.Contains("CSV UTF-8", html);
    }

    [Fact]
    public async Task The_seed_paragraph_is_highlighted_corrected_saved_and_reconciled()
    {
        var client = await fixture.ClientAsync();
        var layout = await client.GetStringAsync("/reported");
        Assert.Contains("id=\"reported-link\"", layout);

        var read = await ReportedPage.ReadAsync(client, ReportedPage.SeedParagraph);
        var html = await read.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var marks = ReportedPage.Marks(html);
        foreach (var n in new[] { "91", "43", "34", "73", "55" })
            Assert.Contains(marks.Values, m => m.StartsWith(n + " ", StringComparison.Ordinal));
        Assert.DoesNotContain(marks.Values, m => m.StartsWith("7 ", StringComparison.Ordinal) || m.Contains("12/8"));
        Assert.Contains("Tiếp nhận", html);

        int Index(string words) => marks.Single(m => m.Value == words).Key;
        var fields = ReportedPage.SaveFields(html);
        ReportedPage.Set(fields, $"discard_{Index("43 hồ sơ")}", "true");
        ReportedPage.Set(fields, $"value_{Index("34 hồ sơ")}", "35");
        var saved = await client.PostAsync("/reported/save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        Assert.StartsWith("/reported/reconcile?saved=", location);
        Assert.Contains("province=25", location);
        Assert.Contains("period=2025-07", location);
        var sourceId = int.Parse(Regex.Match(location, @"saved=(\d+)").Groups[1].Value);

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            var source = await db.ReportedSources.Include(s => s.Figures).SingleAsync(s => s.Id == sourceId);
            Assert.Equal("https://example.org/bai-viet", source.Url);
            Assert.Equal(new DateOnly(2025, 8, 12), source.ReferenceDate);
            var kept = source.Figures.Where(f => !f.Discarded).ToDictionary(f => (f.FieldCode, f.Measure), f => f.Value);
            Assert.Equal(91m, kept[(null, "received")]);
            Assert.Equal(73m, kept[(null, "resolved")]);
            Assert.Equal(55m, kept[(null, "resolved_early")]);
            Assert.Equal(35m, kept[("SHTT", "received")]);
            Assert.False(kept.ContainsKey(("TSVTD", "received")));
            Assert.Single(source.Figures, f => f.Discarded && f.Value == 43m && f.FieldCode == "TSVTD");
            Assert.All(source.Figures, f => Assert.Equal("25", f.ProvinceCode));
        }

        var page = await client.GetStringAsync(location);
        Assert.Contains("id=\"saved\"", page);
        var rows = Rows(page).Where(r => r.Source == sourceId).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("match", rows.Single(r => r.Field == "" && r.Measure == "received").Status);
        Assert.Equal("match", rows.Single(r => r.Field == "" && r.Measure == "resolved").Status);
        Assert.Equal("match", rows.Single(r => r.Field == "" && r.Measure == "resolved_early").Status);
        var corrected = rows.Single(r => r.Field == "SHTT");
        Assert.Equal(("mismatch", "+1"), (corrected.Status, corrected.Difference));
        Assert.Contains("Khớp", page);
    }

    [Fact]
    public async Task A_month_without_structured_figures_is_no_data()
    {
        var client = await fixture.ClientAsync();
        var html = await (await ReportedPage.ReadAsync(client, "Trong tháng 7/2023, tỉnh Phú Thọ đã tiếp nhận 12 hồ sơ, đã giải quyết 10 hồ sơ.")).Content.ReadAsStringAsync();
        Assert.Equal(2, ReportedPage.Marks(html).Count);
        var saved = await client.PostAsync("/reported/save", new FormUrlEncodedContent(ReportedPage.SaveFields(html)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetStringAsync("/reported/reconcile?province=Phú Thọ&period=2023-07");
        var rows = Rows(page);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("no_data", r.Status));
        Assert.Contains("Không có số liệu", page);
    }

    [Fact]
    public async Task A_script_in_the_text_is_shown_escaped()
    {
        var client = await fixture.ClientAsync();
        var response = await ReportedPage.ReadAsync(client, "<script>alert(1)</script> Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ.");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("91 hồ sơ", ReportedPage.Marks(html).Values);
    }

    [Fact]
    public async Task An_uploaded_file_is_read_and_one_over_the_limit_is_refused()
    {
        var client = await fixture.ClientAsync();
        var ok = await ReportedPage.ReadAsync(client, null, file: ("bao-cao.html", Encoding.UTF8.GetBytes($"<html><body><p>{ReportedPage.SeedParagraph}</p></body></html>")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("91 hồ sơ", ReportedPage.Marks(await ok.Content.ReadAsStringAsync()).Values);

        var big = new byte[2 * 1024 * 1024 + 1];
        Array.Fill(big, (byte)'a');
        var refused = await ReportedPage.ReadAsync(client, null, file: ("lon.txt", big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("2 MB", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_bad_reconcile_query_is_a_400()
    {
        var client = await fixture.ClientAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/reported/reconcile?period=tháng-bảy")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/reported/reconcile?province=Atlantis")).StatusCode);
    }

    private sealed record Row(int Source, string Field, string Measure, string Status, string Difference);

    private static List<Row> Rows(string html) =>
        Regex.Matches(html, "<tr class=\"status-(\\w+)\" data-measure=\"(\\w+)\" data-field=\"(\\w*)\">(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => new Row(
                int.Parse(Regex.Match(m.Groups[4].Value, @"#(\d+)").Groups[1].Value),
                m.Groups[3].Value, m.Groups[2].Value, m.Groups[1].Value,
                WebUtility.HtmlDecode(Regex.Match(m.Groups[4].Value, "<td class=\"difference\">(.*?)</td>").Groups[1].Value)))
            .ToList();
}

/// <summary>Who may use the /reported pages: a Viewer may not save, an officer saves for its own province only.</summary>
[Collection(SecurityCollection.Name)]
public sealed class ReportedPageTestsByRole(SecurityFixture app)
{
    [Fact]
    public async Task A_viewer_gets_403_on_the_post_and_sees_no_link()
    {
        var client = await app.ClientAsync(Who.Viewer);
        var home = await client.GetStringAsync("/");
        Assert.DoesNotContain("id=\"reported-link\"", home);
        var token = Security.Forms.TokenIn(home);
        var save = await client.PostAsync("/reported/save", new FormUrlEncodedContent(
            [new("text", ReportedPage.SeedParagraph), new("referenceDate", "2025-08-12"), new(Security.Forms.TokenField, token)]));
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        var read = await client.PostAsync("/reported", new FormUrlEncodedContent([new("text", ReportedPage.SeedParagraph), new(Security.Forms.TokenField, token)]));
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/reported")).StatusCode);
    }

    /// <summary>A commune officer reads the province but writes only their communes: the seed's provincial agencies are outside.</summary>
    [Fact]
    public async Task A_commune_officer_cannot_save_the_provincial_agencies_figures()
    {
        const string email = "mot-xa@phutho.invalid";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            Assert.True((await accounts.AddAsync(email, Roles.ProvinceOfficer, ["25"], SecurityFixture.TestPassword, "test")).Succeeded);
            Assert.True((await accounts.SetCommunesAsync(email, ["04792"], "test")).Succeeded);
        }
        var client = app.Anonymous();
        await SecurityFixture.SignInAsync(client, email, SecurityFixture.TestPassword);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<KpiDbContext>().ReportedSources.CountAsync(s => s.Name == "mot-xa"));

        var html = await (await ReportedPage.ReadAsync(client, ReportedPage.SeedParagraph)).Content.ReadAsStringAsync();
        Assert.NotEmpty(ReportedPage.Marks(html));
        Assert.Contains("id=\"outside-scope\"", html);
        var fields = ReportedPage.SaveFields(html);
        ReportedPage.Set(fields, "name", "mot-xa");
        var refused = await client.PostAsync("/reported/save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("25", await refused.Content.ReadAsStringAsync());
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<KpiDbContext>().ReportedSources.CountAsync(s => s.Name == "mot-xa"));
    }

    [Fact]
    public async Task A_phu_tho_officer_cannot_save_for_ha_tinh_but_can_for_phu_tho()
    {
        var client = await app.ClientAsync(Who.Officer25);
        var html = await (await ReportedPage.ReadAsync(client, "Trong tháng 7/2025, tỉnh Hà Tĩnh đã tiếp nhận 120 hồ sơ, đã giải quyết 100 hồ sơ.")).Content.ReadAsStringAsync();
        Assert.Equal(2, ReportedPage.Marks(html).Count);
        Assert.Contains("id=\"outside-scope\"", html);
        var fields = ReportedPage.SaveFields(html); // without the discard boxes the page ticks for Hà Tĩnh
        var refused = await client.PostAsync("/reported/save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("42", await refused.Content.ReadAsStringAsync());
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<KpiDbContext>().ReportedFigures.AnyAsync(f => f.ProvinceCode == "42"));

        var own = await (await ReportedPage.ReadAsync(client, ReportedPage.SeedParagraph)).Content.ReadAsStringAsync();
        var saved = await client.PostAsync("/reported/save", new FormUrlEncodedContent(ReportedPage.SaveFields(own)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/reported/reconcile?province=42")).StatusCode);
    }
}
