using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>
/// A database with two communes of Phú Thọ and the command line's services on a fake clock, starting at 10:00 on
/// 16/7/2025 in Vietnam: the communes' deadline for July 2025, before the agencies' (18/7) and the province's (21/7).
/// </summary>
public abstract class SubmissionTest : IAsyncLifetime
{
    protected const string Agencies = Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n";
    protected const string CommuneA = Csv.Header + "2025-07,25,04792,TSVTD,11,5,5,13,3,0,4,1\n";
    protected const string CommuneB = Csv.Header + "2025-07,25,04795,TSVTD,7,1,0,5,2,0,1,0\n";
    protected static readonly Month July = new(2025, 7);

    protected TestDatabase Database { get; private set; } = null!;
    protected ServiceProvider Services { get; private set; } = null!;
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 7, 16, 3, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Services = Database.Services(s => s.AddSingleton<TimeProvider>(Clock));
        var units = await With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(Csv.Stream(
            "code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n")));
        Assert.Empty(units.Errors);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected async Task<TResult> With<TService, TResult>(Func<TService, Task<TResult>> call) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected Task<IngestResult> IngestAsync(string csv, string actor = "officer@phutho.invalid", bool dryRun = false) =>
        With<IngestService, IngestResult>(s => s.IngestAsync(Csv.Stream(csv), "figures.csv",
            new IngestOptions(DryRun: dryRun, Audit: new AuditNote(actor, "ingest", "figures.csv"))));

    protected Task<SubmissionOutcome> ActAsync(SubmissionAction action, string unit, string? reason = null, ReportingLevel? level = null,
        string actor = "approver@phutho.invalid") =>
        With<SubmissionApproval, SubmissionOutcome>(a => a.ActAsync(action, unit, level, July, reason, actor));

    /// <summary>Phú Thọ's agencies on Biểu 06, July 2025, the header stating the Decree 09 window.</summary>
    protected static MemoryStream Form()
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Biểu 06");
        ws.Range(1, 11, 1, 13).Merge().FirstCell().Value = "Đơn vị báo cáo: UBND tỉnh Phú Thọ";
        ws.Range(2, 4, 2, 10).Merge().FirstCell().Value = "Kỳ báo cáo: tháng 7 năm 2025 (Từ ngày 15/06/2025 đến ngày 14/07/2025)";
        ws.Cell(5, 1).Value = "STT";
        ws.Cell(5, 2).Value = "Lĩnh vực, công việc giải quyết theo cấp";
        for (var c = 1; c <= 13; c++) ws.Cell(6, c).Value = c;
        ws.Cell(7, 1).Value = "I"; ws.Cell(7, 2).Value = "Cấp tỉnh";
        ws.Cell(8, 1).Value = "1"; ws.Cell(8, 2).Value = "Sở hữu trí tuệ";
        int[] values = [9, 4, 5, 0, 9, 8, 1, 0, 0, 0, 0];
        for (var i = 0; i < values.Length; i++) ws.Cell(8, 3 + i).Value = values[i];
        var stream = new MemoryStream();
        wb.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    protected async Task<List<Submission>> SubmissionsAsync()
    {
        await using var context = Database.Open();
        return (await context.Submissions.AsNoTracking().ToListAsync()).OrderBy(s => s.Level).ThenBy(s => s.UnitCode).ToList();
    }

    protected Task<IReadOnlyList<SubmissionRow>> ListAsync(ReportingLevel? level = null) =>
        With<SubmissionQuery, IReadOnlyList<SubmissionRow>>(q => q.ListAsync(July, "25", level));
}
