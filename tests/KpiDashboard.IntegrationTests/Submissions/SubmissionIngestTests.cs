using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>Every ingest path creates or updates the submissions of the units it writes, in the batch's transaction.</summary>
public sealed class SubmissionIngestTests : SubmissionTest
{
    [Fact]
    public async Task A_figures_file_submits_its_commune_the_agencies_and_the_province()
    {
        var result = await IngestAsync(Agencies + CommuneA[Csv.Header.Length..]);
        Assert.True(result.Succeeded);

        var submissions = await SubmissionsAsync();
        Assert.Equal([(ReportingLevel.Province, "25"), (ReportingLevel.Agency, "25"), (ReportingLevel.Commune, "04792")],
            submissions.Select(s => (s.Level, s.UnitCode)));
        Assert.All(submissions, s =>
        {
            Assert.Equal((SubmissionState.Submitted, SubmissionChannel.Upload, "officer@phutho.invalid", 202507), (s.State, s.Channel, s.SubmittedBy, s.Period));
            Assert.Equal(Clock.GetUtcNow(), s.SubmittedUtc);
        });

        var communes = await ListAsync(ReportingLevel.Commune);
        Assert.Equal([("04792", SubmissionState.Submitted, false), ("04795", SubmissionState.NotStarted, false)],
            communes.Select(r => (r.UnitCode, r.State, r.Late)));
        Assert.All(communes, r => Assert.Equal(new DateOnly(2025, 7, 16), r.Deadline));
    }

    [Fact]
    public async Task A_commune_file_submits_only_the_commune()
    {
        await IngestAsync(CommuneB);
        Assert.Equal([(ReportingLevel.Commune, "04795")], (await SubmissionsAsync()).Select(s => (s.Level, s.UnitCode)));
        var province = Assert.Single(await ListAsync(ReportingLevel.Province));
        Assert.Equal(SubmissionState.NotStarted, province.State);
    }

    [Fact]
    public async Task The_official_form_is_recorded_as_the_form()
    {
        var result = await With<IngestService, IngestResult>(s => s.IngestAsync(Form(), "bieu06.xlsx", new IngestOptions(Channel: SubmissionChannel.Cli)));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.MessageEn)));
        var submissions = await SubmissionsAsync();
        Assert.Equal([ReportingLevel.Province, ReportingLevel.Agency], submissions.Select(s => s.Level));
        Assert.All(submissions, s => Assert.Equal((SubmissionChannel.Form, 202507, "25"), (s.Channel, s.Period, s.UnitCode)));
    }

    [Fact]
    public async Task A_dry_run_a_refused_file_and_the_demo_submit_nothing()
    {
        Assert.True((await IngestAsync(Agencies, dryRun: true)).Succeeded);
        Assert.False((await IngestAsync(Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,99\n")).Succeeded);
        await With<DemoDataLoader, IngestResult>(d => d.LoadAsync());
        Assert.Empty(await SubmissionsAsync());
    }

    [Fact]
    public async Task A_correction_before_approval_keeps_the_first_time_and_a_returned_report_sent_again_takes_the_new_one()
    {
        await IngestAsync(CommuneA);
        var first = Clock.GetUtcNow();
        // 17/7 10:00 in Vietnam: past the communes' deadline.
        Clock.Advance(TimeSpan.FromDays(1));
        await IngestAsync(CommuneA.Replace("11,5,5,13,3", "12,5,5,14,3"));
        var corrected = Assert.Single(await SubmissionsAsync());
        Assert.Equal(first, corrected.SubmittedUtc);
        Assert.False(Assert.Single(await ListAsync(ReportingLevel.Commune), r => r.UnitCode == "04792").Late);

        Assert.True((await ActAsync(SubmissionAction.Return, "04792", "Thiếu lĩnh vực đo lường")).Succeeded);
        var returned = Assert.Single(await SubmissionsAsync());
        Assert.Equal((SubmissionState.Returned, "Thiếu lĩnh vực đo lường"), (returned.State, returned.ReturnReason));

        await IngestAsync(CommuneA.Replace("11,5,5,13,3", "13,5,5,15,3"));
        var again = Assert.Single(await SubmissionsAsync());
        Assert.Equal((SubmissionState.Submitted, Clock.GetUtcNow(), (string?)null), (again.State, again.SubmittedUtc, again.ReturnReason));
        Assert.True(Assert.Single(await ListAsync(ReportingLevel.Commune), r => r.UnitCode == "04792").Late);
    }
}
