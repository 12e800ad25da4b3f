using System.Net;
using System.Text.RegularExpressions;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Submissions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>
/// The entry page's rules through its POSTs: an empty cell stays unknown through draft and submit, a commune officer
/// enters only their commune, a returned report is fixed and sent again, an approved period is a 409 naming its approver.
/// </summary>
public sealed class EntryRulesPageTests : IAsyncLifetime
{
    private const string CommuneOfficer = "tanhoa@test.invalid";
    private const string Unit = "04792";
    private const string Page = "/submissions/entry?level=commune&unit=04792&period=2025-07";
    private const string Review = "/submissions/review?level=commune&unit=04792&period=2025-07";
    private readonly SecurityFixture _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>TSVTD's cells for July 2025 in commune <paramref name="unit"/>; columns 12 and 13 (pending) as given, "" for unknown.</summary>
    private static (string, string)[] Cells(string unit, string overdue, string action, string within = "4") =>
    [
        ("level", "commune"), ("unit", unit), ("period", "2025-07"),
        ("c_TSVTD_4", "11"), ("c_TSVTD_5", "5"), ("c_TSVTD_6", "5"), ("c_TSVTD_8", "13"), ("c_TSVTD_9", "3"), ("c_TSVTD_10", "0"),
        ("c_TSVTD_12", within), ("c_TSVTD_13", overdue), ("action", action),
    ];

    private async Task<T> WithDbAsync<T>(Func<KpiDbContext, Task<T>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<KpiDbContext>());
    }

    private Task<Metrics.Entities.Submission?> SubmissionAsync(string unit = Unit) =>
        WithDbAsync(db => db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Period == 202507 && s.UnitCode == unit));

    private Task<Metrics.Entities.Fact?> FactAsync() =>
        WithDbAsync(db => db.Facts.AsNoTracking().SingleOrDefaultAsync(f => f.Period == 202507 && f.CommuneCode == Unit && f.FieldCode == "TSVTD"));

    private static string InputValue(string html, string name)
    {
        var m = Regex.Match(html, $"<input[^>]*\\sname=\"{name}\"[^>]*\\svalue=\"([^\"]*)\"", RegexOptions.Singleline);
        Assert.True(m.Success, $"no input {name}");
        return m.Groups[1].Value;
    }

    private async Task<HttpClient> CommuneOfficerAsync()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            Assert.True((await accounts.AddAsync(CommuneOfficer, Roles.ProvinceOfficer, ["25"], SecurityFixture.TestPassword, "test")).Succeeded);
            Assert.True((await accounts.SetCommunesAsync(CommuneOfficer, [Unit], "test")).Succeeded);
        }
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SecurityFixture.SignInAsync(client, CommuneOfficer, SecurityFixture.TestPassword);
        return client;
    }

    [Fact]
    public async Task An_empty_cell_stays_unknown_through_draft_and_submit()
    {
        var client = await _app.ClientAsync(Who.Officer25);
        Assert.Equal(HttpStatusCode.Redirect, (await Security.Forms.PostAsync(client, Page, "/submissions/entry", Cells(Unit, "", "draft"))).StatusCode);
        var draft = await (await client.GetAsync(Page)).Content.ReadAsStringAsync();
        Assert.Equal("", InputValue(draft, "c_TSVTD_13"));
        Assert.Equal("4", InputValue(draft, "c_TSVTD_12"));
        Assert.DoesNotContain("\"PendingOverdue\":0", (await SubmissionAsync())!.DraftFigures ?? "");

        Assert.Equal(HttpStatusCode.Redirect, (await Security.Forms.PostAsync(client, Page, "/submissions/entry", Cells(Unit, "", "submit"))).StatusCode);
        var fact = (await FactAsync())!;
        Assert.Null(fact.Values.PendingOverdue);
        Assert.Equal(4, fact.Values.PendingWithin);
        Assert.Equal(11, fact.Values.ReceivedOnline);
        Assert.Equal(SubmissionState.Submitted, (await SubmissionAsync())!.State);
        // The review page shows the unknown cell as unknown, not 0.
        var review = await (await client.GetAsync(Review)).Content.ReadAsStringAsync();
        Assert.Matches("<span id=\"c_TSVTD_13\">—</span>", review);
    }

    [Fact]
    public async Task A_commune_officer_enters_only_their_commune()
    {
        var client = await CommuneOfficerAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Security.Forms.PostAsync(client, Page, "/submissions/entry", Cells(Unit, "1", "submit"))).StatusCode);
        Assert.Equal(SubmissionState.Submitted, (await SubmissionAsync())!.State);

        const string other = "/submissions/entry?level=commune&unit=04795&period=2025-07";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(other)).StatusCode);
        var refused = await Security.Forms.PostAsync(client, Page, "/submissions/entry", Cells("04795", "1", "submit"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(await SubmissionAsync("04795"));
        // Nor the province's agencies.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/submissions/entry?level=agency&unit=25&period=2025-07")).StatusCode);
    }

    [Fact]
    public async Task A_returned_report_is_fixed_and_submitted_again()
    {
        var client = await _app.ClientAsync(Who.Officer25);
        Assert.Equal(HttpStatusCode.Redirect, (await Security.Forms.PostAsync(client, Page, "/submissions/entry", Cells(Unit, "1", "submit"))).StatusCode);
        const string reason = "Cột 13 sai, xem lại hồ sơ quá hạn";
        var returned = await Security.Forms.PostAsync(client, Review, "/submissions/review/return",
            ("level", "commune"), ("unit", Unit), ("period", "2025-07"), ("reason", reason));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var submission = (await SubmissionAsync())!;
        Assert.Equal(SubmissionState.Returned, submission.State);
        var page = await (await client.GetAsync(Page)).Content.ReadAsStringAsync();
        Assert.Contains(reason, page);

        Assert.Equal(HttpStatusCode.Redirect, (await Security.Forms.PostAsync(client, Page, "/submissions/entry", Cells(Unit, "2", "submit", within: "3"))).StatusCode);
        Assert.Equal(SubmissionState.Submitted, (await SubmissionAsync())!.State);
        var fact = (await FactAsync())!;
        Assert.Equal((3, 2), (fact.Values.PendingWithin, fact.Values.PendingOverdue));
    }

    [Fact]
    public async Task An_approved_period_refuses_entry_with_409_naming_who_approved_it()
    {
        var client = await _app.ClientAsync(Who.Officer25);
        Assert.Equal(HttpStatusCode.Redirect, (await Security.Forms.PostAsync(client, Page, "/submissions/entry", Cells(Unit, "1", "submit"))).StatusCode);
        var approve = await Security.Forms.PostAsync(client, Review, "/submissions/review/approve", ("level", "commune"), ("unit", Unit), ("period", "2025-07"));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var approved = (await SubmissionAsync())!;
        Assert.Equal(SubmissionState.Approved, approved.State);
        var before = await FactAsync();

        foreach (var action in new[] { "draft", "submit" })
        {
            var refused = await Security.Forms.PostAsync(client, Review, "/submissions/entry", Cells(Unit, "7", action));
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains(approved.ApprovedBy!, await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(before!.Values.PendingOverdue, (await FactAsync())!.Values.PendingOverdue);
        Assert.Equal(SubmissionState.Approved, (await SubmissionAsync())!.State);
    }
}
