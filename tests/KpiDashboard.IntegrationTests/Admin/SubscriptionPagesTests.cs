using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>/admin/subscriptions: create, edit, deactivate and import through the same rules as `kpi subscriptions`.</summary>
[Collection(AdminCollection.Name)]
public sealed class SubscriptionPagesTests(AdminFixture fixture)
{
    private Task<HttpClient> Client() => fixture.ClientAsync();

    private async Task<Subscription?> FindAsync(string email, string scope)
    {
        await using var s = fixture.App.Services.CreateAsyncScope();
        return await s.ServiceProvider.GetRequiredService<KpiDbContext>().Subscriptions.AsNoTracking()
            .FirstOrDefaultAsync(x => x.Email == email && x.Scope == scope);
    }

    [Fact]
    public async Task Create_edit_and_deactivate_a_subscription()
    {
        var client = await Client();
        var created = await Forms.PostAsync(client, "/admin/subscriptions/new", "/admin/subscriptions/new",
            ("email", "Van.Phong@PhuTho.gov.vn"), ("name", "Văn phòng UBND tỉnh <Phú Thọ>"), ("scopeKind", "province"), ("province", "25"), ("language", "vi"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await FindAsync("van.phong@phutho.gov.vn", "province:25");
        Assert.NotNull(saved);

        var list = await client.GetStringAsync("/admin/subscriptions");
        var row = Web.Html.Row(list, "data-subscription", saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("van.phong@phutho.gov.vn", row);
        Assert.Contains("Tỉnh Phú Thọ", row);
        Assert.Contains("Văn phòng UBND tỉnh &lt;Phú Thọ&gt;", row);
        Assert.DoesNotContain("<Phú Thọ>", list);

        var edit = await client.GetStringAsync($"/admin/subscriptions/{saved.Id}/edit");
        Assert.Contains("value=\"van.phong@phutho.gov.vn\"", edit);
        var edited = await Forms.PostAsync(client, $"/admin/subscriptions/{saved.Id}/edit", $"/admin/subscriptions/{saved.Id}/edit",
            ("email", "van.phong@phutho.gov.vn"), ("name", "VP UBND"), ("scopeKind", "commune"), ("commune", "Tân Hòa"), ("language", "en"), ("active", "true"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var changed = await FindAsync("van.phong@phutho.gov.vn", "commune:" + Web.WebFixture.CommuneTanHoa);
        Assert.NotNull(changed);
        Assert.Equal(("VP UBND", "en", true), (changed.DisplayName, changed.Language, changed.IsActive));

        var deactivated = await Forms.PostAsync(client, "/admin/subscriptions", $"/admin/subscriptions/{saved.Id}/deactivate");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False((await FindAsync("van.phong@phutho.gov.vn", "commune:" + Web.WebFixture.CommuneTanHoa))!.IsActive);
    }

    [Theory]
    [InlineData("not-an-address", "province", "25", "email: địa chỉ không hợp lệ")]
    [InlineData("a@b.vn", "province", "", "scope:")]
    [InlineData("a@b.vn", "commune", "Nowhere", "không tìm thấy xã/phường 'Nowhere'")]
    public async Task Invalid_input_comes_back_as_the_form_with_400_and_the_reason(string email, string kind, string where, string message)
    {
        var response = await Forms.PostAsync(await Client(), "/admin/subscriptions/new", "/admin/subscriptions/new",
            ("email", email), ("name", "X"), ("scopeKind", kind), (kind == "commune" ? "commune" : "province", where), ("language", "vi"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"errors\"", html);
        Assert.Contains(message, WebUtility.HtmlDecode(html));
        Assert.Contains($"value=\"{email}\"", html);
    }

    [Fact]
    public async Task Import_names_the_invalid_rows_and_imports_nothing_then_imports_a_valid_file()
    {
        var client = await Client();
        var bad = await ImportAsync(client, "email,name,scope,lang\nok@example.vn,A,province:25,vi\nnot-an-address,B,nation,vi\nc@example.vn,C,province:99,vi\n");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("dòng / line 3: email: địa chỉ không hợp lệ", html);
        Assert.Contains("dòng / line 4: scope:", html);
        Assert.Null(await FindAsync("ok@example.vn", "province:25"));

        var good = await ImportAsync(client, "\uFEFFemail;name;scope;lang\nimport1@example.vn;Sở Nội vụ;province:Phú Thọ;vi\nimport2@example.vn;Xã;commune:" + Web.WebFixture.CommuneHoaBinh + ";en\n");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("2 đăng ký mới", await good.Content.ReadAsStringAsync());
        Assert.NotNull(await FindAsync("import1@example.vn", "province:25"));
        Assert.NotNull(await FindAsync("import2@example.vn", "commune:" + Web.WebFixture.CommuneHoaBinh));
    }

    [Fact]
    public async Task Posts_without_the_antiforgery_token_are_refused()
    {
        var response = await (await Client()).PostAsync("/admin/subscriptions/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "csrf@example.vn", ["name"] = "X", ["scopeKind"] = "nation", ["language"] = "vi",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await FindAsync("csrf@example.vn", "nation"));
    }

    [Theory]
    [InlineData("/admin/subscriptions/999999/edit", HttpStatusCode.NotFound)]
    [InlineData("/admin/subscriptions/999999/preview", HttpStatusCode.NotFound)]
    [InlineData("/admin/outbox?status=lost", HttpStatusCode.BadRequest)]
    [InlineData("/admin/outbox?period=2025-Q3", HttpStatusCode.BadRequest)]
    public async Task Unknown_ids_and_bad_filters_get_a_clear_page(string url, HttpStatusCode status)
    {
        var response = await (await Client()).GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains("class=\"problem\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_of_a_file_in_the_windows_code_page_is_refused_naming_its_line()
    {
        var response = await ImportAsync(await Client(), Windows1258.Bytes("email,name,scope,lang\nwindows@example.vn,Sở Tư pháp,province:25,vi\n"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 2: The file is not UTF-8 text", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Null(await FindAsync("windows@example.vn", "province:25"));
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) => ImportAsync(client, Encoding.UTF8.GetBytes(csv));

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] csv)
    {
        var token = await Forms.TokenAsync(client, "/admin/subscriptions/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "subscriptions.csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/admin/subscriptions/import", form);
    }
}
