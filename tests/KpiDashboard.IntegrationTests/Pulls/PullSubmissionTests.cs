using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>A pull submits the units it writes, and a pull into an approved report fails and writes nothing.</summary>
public sealed class PullSubmissionTests
{
    [Fact]
    public async Task A_pull_submits_then_is_refused_once_the_province_is_approved()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 1, ("phu-tho", "/figures.csv", "csv"));

        Assert.Equal("ok", (await harness.PullAsync("phu-tho")).Status);
        var submissions = await harness.QueryAsync(db => db.Submissions.AsNoTracking().ToListAsync());
        Assert.Equal(2, submissions.Count);
        Assert.All(submissions, s => Assert.Equal((SubmissionState.Submitted, SubmissionChannel.Pull, "25"), (s.State, s.Channel, s.UnitCode)));

        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<SubmissionApproval>()
                .ActAsync(SubmissionAction.Approve, "25", ReportingLevel.Province, new Month(2025, 7), null, "central@vpcp.invalid");
            Assert.True(outcome.Succeeded);
        }
        server.CurrentCsv = LoopbackServer.ChangedCsv;
        server.CurrentETag = "\"v2\"";
        var refused = await harness.PullAsync("phu-tho");
        Assert.Equal("failed", refused.Status);
        Assert.Contains("approved by central@vpcp.invalid", refused.Error);
        Assert.Equal(1, await harness.QueryAsync(db => db.Batches.CountAsync()));
        Assert.Equal(10, (await harness.QueryAsync(db => db.Facts.SingleAsync())).Values.ReceivedOnline);
    }
}
