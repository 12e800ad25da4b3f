using System.Net;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>The entry page's POSTs as a browser sends them: draft, an identity error at its cell, submit, scope and the lock.</summary>
public sealed class EntryPageTests : IAsyncLifetime
{
    private readonly SecurityFixture _app = new();
    private const string Page = "/submissions/entry?level=commune&unit=04792&period=2025-07";

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static (string, string)[] Cells(string carriedOver) =>
    [
        ("level", "commune"), ("unit", "04792"), ("period", "2025-07"),
        ("c_TSVTD_4", "11"), ("c_TSVTD_5", "5"), ("c_TSVTD_6", carriedOver), ("c_TSVTD_8", "13"), ("c_TSVTD_9", "3"), ("c_TSVTD_10", "0"),
        ("c_TSVTD_12", "4"), ("c_TSVTD_13", "1"),
    ];

    /// <summary>The batches written (the demo's and the fixture's before the test) and the commune's July submission.</summary>
    private async Task<(int Facts, Metrics.Entities.Submission? Submission)> StoredAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
        return (await db.Batches.CountAsync(),
            await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Period == 202507 && s.UnitCode == "04792"));
    }

    [Fact]
    public async Task Draft_then_an_identity_error_at_its_cell_then_submit_then_the_lock()
    {
        var client = await _app.ClientAsync(Who.Officer25);
        var before = (await StoredAsync()).Facts;

        var draft = await Security.Forms.PostAsync(client, Page, "/submissions/entry", [.. Cells("5"), ("action", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var (facts, submission) = await StoredAsync();
        Assert.Equal(before, facts);
        Assert.Equal(SubmissionState.Draft, submission!.State);

        var broken = await Security.Forms.PostAsync(client, Page, "/submissions/entry", [.. Cells("9"), ("action", "submit")]);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var html = await broken.Content.ReadAsStringAsync();
        Assert.Contains("aria-describedby=\"err_TSVTD_6 prev_TSVTD\"", html);
        Assert.Contains("id=\"err_TSVTD_6\"", html);
        Assert.Equal(before, (await StoredAsync()).Facts);

        var submitted = await Security.Forms.PostAsync(client, Page, "/submissions/entry", [.. Cells("5"), ("action", "submit")]);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        (facts, submission) = await StoredAsync();
        Assert.Equal(before + 1, facts);
        Assert.Equal((SubmissionState.Submitted, SubmissionChannel.Web, (string?)null), (submission!.State, submission.Channel, submission.DraftFigures));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            var fact = await db.Facts.AsNoTracking().SingleAsync(f => f.Period == 202507 && f.CommuneCode == "04792" && f.FieldCode == "TSVTD");
            Assert.Equal((11, 21, 16), (fact.Values.ReceivedOnline, fact.Values.Handled, fact.Values.Resolved));
        }

        var review = "/submissions/review?level=commune&unit=04792&period=2025-07";
        Assert.Equal(HttpStatusCode.Redirect, (await Security.Forms.PostAsync(client, review, "/submissions/review/approve", ("level", "commune"), ("unit", "04792"), ("period", "2025-07"))).StatusCode);
        var locked = await Security.Forms.PostAsync(client, review, "/submissions/entry", [.. Cells("5"), ("action", "submit")]);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
    }

    [Fact]
    public async Task A_report_of_a_month_after_the_current_one_is_refused_and_writes_nothing()
    {
        var client = await _app.ClientAsync(Who.Officer25);
        var before = (await StoredAsync()).Facts;
        var next = Metrics.Periods.Month.Of(Metrics.Periods.VietnamTime.Today(TimeProvider.System)).AddMonths(1).ToString();
        var page = $"/submissions/entry?level=commune&unit=04792&period={next}";
        var cells = Cells("5").Select(c => c.Item1 == "period" ? ("period", next) : c).ToArray();

        var response = await Security.Forms.PostAsync(client, page, "/submissions/entry", [.. cells, ("action", "submit")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sau tháng hiện tại", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, (await StoredAsync()).Facts);
    }

    [Fact]
    public async Task Another_province_officer_is_refused_with_403()
    {
        var client = await _app.ClientAsync(Who.Officer42);
        var before = (await StoredAsync()).Facts;
        var response = await Security.Forms.PostAsync(client, "/submissions/entry?level=commune&unit=18001&period=2025-07", "/submissions/entry", [.. Cells("5"), ("action", "submit")]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, (await StoredAsync()).Facts);
    }
}
