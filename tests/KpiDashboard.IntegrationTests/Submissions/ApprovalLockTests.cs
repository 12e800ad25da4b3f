using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>An approved (unit, month) refuses every write that touches it, naming who approved it and when, until reopened.</summary>
public sealed class ApprovalLockTests : SubmissionTest
{
    [Fact]
    public async Task An_approved_province_refuses_an_ingest_or_dry_run_touching_it_and_writes_nothing()
    {
        await IngestAsync(Agencies + CommuneA[Csv.Header.Length..]);
        Assert.True((await ActAsync(SubmissionAction.Approve, "25", actor: "central@vpcp.invalid")).Succeeded);
        var before = await Database.DumpAsync();

        foreach (var dryRun in new[] { false, true })
        {
            // A commune's figures are part of the province's approved report too.
            var refused = await IngestAsync(CommuneB, dryRun: dryRun);
            var error = Assert.Single(refused.Errors);
            Assert.Equal("period_approved", error.Code);
            Assert.Contains("central@vpcp.invalid", error.MessageEn);
            Assert.Contains("16/07/2025 10:00", error.MessageEn);
            Assert.Contains("đã được central@vpcp.invalid duyệt lúc 16/07/2025 10:00", error.Message);
        }
        Assert.Equal(before, await Database.DumpAsync());

        // Another month of the province is open (in September, once August can have figures).
        Clock.SetUtcNow(new DateTimeOffset(2025, 9, 5, 3, 0, 0, TimeSpan.Zero));
        Assert.True((await IngestAsync(Agencies.Replace("2025-07", "2025-08"))).Succeeded);
    }

    [Fact]
    public async Task An_approved_commune_locks_that_commune_only()
    {
        await IngestAsync(CommuneA);
        Assert.True((await ActAsync(SubmissionAction.Approve, "04792")).Succeeded);

        Assert.Equal("period_approved", Assert.Single((await IngestAsync(CommuneA.Replace("11,5,5,13,3", "12,5,5,14,3"))).Errors).Code);
        Assert.True((await IngestAsync(CommuneB)).Succeeded);
        Assert.True((await IngestAsync(Agencies)).Succeeded);
    }

    [Fact]
    public async Task Approved_agencies_lock_the_agencies_rows_not_the_communes()
    {
        await IngestAsync(Agencies);
        Assert.True((await ActAsync(SubmissionAction.Approve, "25", level: ReportingLevel.Agency)).Succeeded);

        Assert.False((await IngestAsync(Agencies.Replace("20,14,6,20,7", "21,14,6,20,8"))).Succeeded);
        Assert.True((await IngestAsync(CommuneA)).Succeeded);
    }

    [Fact]
    public async Task A_rollback_of_a_batch_in_an_approved_report_is_refused_until_it_is_reopened()
    {
        var batch = (await IngestAsync(Agencies)).BatchId!.Value;
        await ActAsync(SubmissionAction.Approve, "25");

        var refused = await With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(batch));
        Assert.False(refused.Succeeded);
        Assert.Contains("approver@phutho.invalid", refused.MessageEn);
        await using (var context = Database.Open()) Assert.Equal(1, await context.Facts.CountAsync());

        Assert.True((await ActAsync(SubmissionAction.Reopen, "25", "Sở báo sai số liệu")).Succeeded);
        Assert.True((await With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(batch))).Succeeded);
        await using (var context = Database.Open()) Assert.Equal(0, await context.Facts.CountAsync());
    }

    [Fact]
    public async Task Reopening_lets_the_unit_send_again()
    {
        await IngestAsync(Agencies);
        await ActAsync(SubmissionAction.Approve, "25");
        Assert.False((await IngestAsync(Agencies.Replace("20,14,6,20,7", "21,14,6,20,8"))).Succeeded);
        await ActAsync(SubmissionAction.Reopen, "25", "Bổ sung số liệu");
        Assert.True((await IngestAsync(Agencies.Replace("20,14,6,20,7", "21,14,6,20,8"))).Succeeded);
    }
}
