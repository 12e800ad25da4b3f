using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>not started → submitted → returned | approved → reopened, each step audited; who may approve what.</summary>
public sealed class SubmissionStateTests : SubmissionTest
{
    [Fact]
    public async Task The_state_machine_refuses_steps_out_of_order_and_audits_the_others()
    {
        Assert.False((await ActAsync(SubmissionAction.Approve, "04792")).Succeeded);
        await IngestAsync(CommuneA);
        Assert.False((await ActAsync(SubmissionAction.Return, "04792")).Succeeded);
        Assert.False((await ActAsync(SubmissionAction.Reopen, "04792", "x")).Succeeded);

        Clock.Advance(TimeSpan.FromHours(2));
        Assert.True((await ActAsync(SubmissionAction.Approve, "04792")).Succeeded);
        var approved = Assert.Single(await SubmissionsAsync());
        Assert.Equal((SubmissionState.Approved, "approver@phutho.invalid", Clock.GetUtcNow()), (approved.State, approved.ApprovedBy, approved.ApprovedUtc));
        Assert.False((await ActAsync(SubmissionAction.Approve, "04792")).Succeeded);
        Assert.False((await ActAsync(SubmissionAction.Return, "04792", "muộn")).Succeeded);
        Assert.False((await ActAsync(SubmissionAction.Reopen, "04792", "  ")).Succeeded);

        Assert.True((await ActAsync(SubmissionAction.Reopen, "04792", "Sai số liệu trực tuyến")).Succeeded);
        var reopened = Assert.Single(await SubmissionsAsync());
        Assert.Equal((SubmissionState.Submitted, (string?)null), (reopened.State, reopened.ApprovedBy));
        Assert.True((await ActAsync(SubmissionAction.Return, "04792", "Thiếu số liệu")).Succeeded);
        Assert.False((await ActAsync(SubmissionAction.Approve, "04792")).Succeeded);

        var row = Assert.Single(await ListAsync(ReportingLevel.Commune), r => r.UnitCode == "04792");
        Assert.Equal(SubmissionState.Returned, row.State);
        await using var context = Database.Open();
        var audit = await context.AuditEntries.Where(a => a.Action.StartsWith("submission.")).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["submission.approve", "submission.reopen", "submission.return"], audit.Select(a => a.Action));
        Assert.Equal("commune 04792 2025-07: Sai số liệu trực tuyến", audit[1].Details);
        Assert.All(audit, a => Assert.Equal("approver@phutho.invalid", a.Actor));
    }

    [Fact]
    public async Task An_unknown_unit_is_refused()
    {
        Assert.False((await ActAsync(SubmissionAction.Approve, "99")).Succeeded);
        Assert.False((await ActAsync(SubmissionAction.Approve, "09999")).Succeeded);
        Assert.False((await ActAsync(SubmissionAction.Approve, "Phú Thọ")).Succeeded);
    }

    [Fact]
    public async Task A_province_officer_approves_their_communes_and_agencies_the_central_level_the_province()
    {
        await IngestAsync(Agencies + CommuneA[Csv.Header.Length..]);
        await using var context = Database.Open();
        var time = Clock;
        SubmissionApproval As(AccessScope access) => new(context, access, time);

        var phuTho = AccessScope.ForProvinces(["25"], canIngest: true);
        var haTinh = AccessScope.ForProvinces(["42"], canIngest: true);
        var communeOfficer = phuTho.LimitedToCommunes(["04792"]);
        await Assert.ThrowsAsync<AccessDeniedException>(() => As(phuTho).ActAsync(SubmissionAction.Approve, "25", null, July, null, "p"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => As(haTinh).ActAsync(SubmissionAction.Approve, "04792", null, July, null, "h"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => As(communeOfficer).ActAsync(SubmissionAction.Approve, "04792", null, July, null, "c"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => As(AccessScope.ReadAll).ActAsync(SubmissionAction.Approve, "25", null, July, null, "v"));

        Assert.True((await As(phuTho).ActAsync(SubmissionAction.Approve, "04792", null, July, null, "p")).Succeeded);
        Assert.True((await As(phuTho).ActAsync(SubmissionAction.Approve, "25", ReportingLevel.Agency, July, null, "p")).Succeeded);
        Assert.True((await As(AccessScope.All).ActAsync(SubmissionAction.Approve, "25", null, July, null, "central")).Succeeded);
    }
}
