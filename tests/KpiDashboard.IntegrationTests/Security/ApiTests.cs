using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

[Collection(SecurityCollection.Name)]
public sealed class ApiTests(SecurityFixture app)
{
    private const string Header = "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";

    [Fact]
    public async Task Figures_come_with_the_canonical_keys_in_the_tokens_scope()
    {
        var client = await app.ClientAsync(Who.TokenOfficer25);
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/figures?period=2025-07&province=25"));
        Assert.Equal("2025-07", json.RootElement.GetProperty("period").GetString());
        var figures = json.RootElement.GetProperty("figures");
        // The demo's communes report too: the province is the seed's provincial agencies (91 received, 73 resolved) plus them.
        var (province, agencies) = await PhuThoJulyAsync();
        Assert.Equal((91, 73), (agencies["Received"].Value, agencies["Resolved"].Value));
        Assert.Equal(province["Received"].Value, figures.GetProperty("received").GetInt64());
        Assert.Equal(province["Resolved"].Value, figures.GetProperty("resolved").GetInt64());
        foreach (var key in new[] { "received_online", "pending_overdue", "handled", "on_time_rate_index", "online_share", "complete" })
            Assert.True(figures.TryGetProperty(key, out _), key);

        // The nation, seen by Phú Thọ's token, is Phú Thọ.
        var nation = JsonDocument.Parse(await client.GetStringAsync("/api/figures?period=2025-07")).RootElement.GetProperty("figures");
        Assert.Equal(province["Received"].Value, nation.GetProperty("received").GetInt64());

        var other = await client.GetAsync("/api/figures?period=2025-07&province=42");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/figures?province=99")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/figures?period=july")).StatusCode);
    }

    /// <summary>Phú Thọ's July 2025 in plain SQL over the facts: the whole province, and its provincial agencies alone.</summary>
    private async Task<(FactSql.Group Province, FactSql.Group Agencies)> PhuThoJulyAsync()
    {
        using var scope = app.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<KpiDbContext>().Database.GetDbConnection();
        var province = (await FactSql.SumAsync(connection, 202507, 202507, "25")).Single();
        var byLevel = await FactSql.SumAsync(connection, 202507, 202507, "25", byFieldAndLevel: true);
        var agencies = byLevel.Where(g => !g.IsCommune).ToList();
        FactSql.Sum Total(string m) => new(agencies.Sum(g => g[m].Value ?? 0), agencies.All(g => g[m].Complete));
        return (province, new FactSql.Group(null, false, new Dictionary<string, FactSql.Sum> { ["Received"] = Total("Received"), ["Resolved"] = Total("Resolved") }));
    }

    [Fact]
    public async Task A_file_for_their_province_is_ingested_as_one_batch_and_audited()
    {
        var client = await app.ClientAsync(Who.TokenOfficer25);
        var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Header + "2019-01,25,,SHTT,1,2,0,1,1,0,1,0\n")), "file", "phu-tho-2019-01.csv" } };
        var response = await client.PostAsync("/api/ingest", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.True(json.GetProperty("batch_id").GetInt32() > 0);
        Assert.Equal(1, json.GetProperty("inserted").GetInt32());
        Assert.Equal("phu-tho-2019-01.csv", json.GetProperty("source").GetString());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
        var entry = await db.AuditEntries.Where(e => e.Action == "ingest").OrderBy(e => e.Id).LastAsync();
        Assert.StartsWith("token:phu tho", entry.Actor);
        Assert.Contains("phu-tho-2019-01.csv", entry.Details);
        Assert.Equal(RemoteAddressStartupFilter.Address.ToString(), entry.Address);
    }

    [Fact]
    public async Task Rows_of_another_province_reject_the_whole_file_with_403_naming_the_rows()
    {
        var client = await app.ClientAsync(Who.TokenOfficer25);
        var csv = Header + "2019-02,25,,SHTT,1,2,0,1,1,0,1,0\n2019-02,42,,SHTT,1,2,0,1,1,0,1,0\n";
        var response = await client.PostAsync("/api/ingest?name=mixed.csv", new ByteArrayContent(Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        var forbidden = Assert.Single(errors.EnumerateArray());
        Assert.Equal("forbidden_province", forbidden.GetProperty("code").GetString());
        Assert.Equal(3, forbidden.GetProperty("row").GetInt32());
        var nothing = JsonDocument.Parse(await (await app.ClientAsync(Who.TokenAnalyst)).GetStringAsync("/api/figures?period=2019-02&province=25")).RootElement;
        Assert.Equal(JsonValueKind.Null, nothing.GetProperty("figures").GetProperty("handled").ValueKind);
    }

    [Fact]
    public async Task A_dossier_list_with_another_provinces_dossier_is_rejected_whole_with_403()
    {
        var client = await app.ClientAsync(Who.TokenOfficer25);
        var list = DossierLists.Header + "\n" +
                   "HS-API-1,1.004227,SHTT,25,,online,2019-04-01,,5,0,0,2019-04-02,resolved\n" +
                   "HS-API-2,1.004227,SHTT,42,,online,2019-04-01,,5,0,0,2019-04-02,resolved\n";
        var response = await client.PostAsync("/api/ingest?name=ho-so.csv", new ByteArrayContent(Encoding.UTF8.GetBytes(list)));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var forbidden = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("forbidden_province", 3), (forbidden.GetProperty("code").GetString(), forbidden.GetProperty("row").GetInt32()));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<KpiDbContext>().Dossiers.AnyAsync(d => d.Code.StartsWith("HS-API-")));
    }

    [Fact]
    public async Task A_bad_file_is_400_with_the_errors()
    {
        var client = await app.ClientAsync(Who.TokenAnalyst);
        var response = await client.PostAsync("/api/ingest?dry_run=true", new ByteArrayContent(Encoding.UTF8.GetBytes(Header + "2019-03,25,,SHTT,x,2,0,1,1,0,1,0\n")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_and_revoked_tokens_get_401()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "kpi_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/figures")).StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var created = await tokens.CreateAsync("short-lived", Roles.Analyst, [], "test");
        var stored = await scope.ServiceProvider.GetRequiredService<KpiDbContext>().ApiTokens.SingleAsync(t => t.Id == created.Token.Id);
        Assert.NotEqual(created.Secret, stored.SecretHash);
        Assert.DoesNotContain(created.Secret, stored.SecretHash + stored.Prefix + stored.Name);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/figures")).StatusCode);
        Assert.True(await tokens.RevokeAsync(created.Token.Id, "test"));
        var revoked = await client.GetAsync("/api/figures");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal("Bearer", revoked.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task The_openapi_description_lists_the_api()
    {
        var client = await app.ClientAsync(Who.TokenViewer);
        var json = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/figures", json);
        Assert.Contains("/api/ingest", json);
        Assert.DoesNotContain("\"/admin/", json);
        Assert.Contains("\"bearer\"", json);
    }
}
