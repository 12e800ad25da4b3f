using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>Approved figures only: a commune's or the agencies' own approval, or the province's as a whole, which covers its communes.</summary>
public sealed class ApprovedOnlyQueryTests : SubmissionTest
{
    private async Task<long?> ReceivedAsync(Scope scope, bool approvedOnly = true) =>
        (await With<FigureQuery, Figures>(q => (approvedOnly ? q.OnlyApproved() : q).TotalAsync(scope, Period.OfMonth(July)))).Received.Value;

    [Fact]
    public async Task Each_approval_adds_its_units_figures()
    {
        // Received: agencies 34, Tân Hòa 16, Hòa Bình 8.
        await IngestAsync(Agencies + CommuneA[Csv.Header.Length..] + CommuneB[Csv.Header.Length..]);
        var phuTho = new Scope("25");
        Assert.Equal(58, await ReceivedAsync(phuTho, approvedOnly: false));
        Assert.Null(await ReceivedAsync(phuTho));

        await ActAsync(SubmissionAction.Approve, "04792");
        Assert.Equal(16, await ReceivedAsync(phuTho));
        Assert.Equal(16, await ReceivedAsync(Scope.Nation));
        Assert.Equal(16, await ReceivedAsync(new Scope("25", "04792")));
        Assert.Null(await ReceivedAsync(new Scope("25", "04795")));

        await ActAsync(SubmissionAction.Approve, "25", level: ReportingLevel.Agency);
        Assert.Equal(50, await ReceivedAsync(phuTho));

        await ActAsync(SubmissionAction.Approve, "25");
        Assert.Equal(58, await ReceivedAsync(phuTho));
        Assert.Equal(8, await ReceivedAsync(new Scope("25", "04795")));
    }
}
