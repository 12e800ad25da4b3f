using System.Data.Common;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// A rollback of Hà Nội's list committed while `kpi dossiers recompute` had read the dossiers but not yet the stored facts:
/// the recompute must not write the rolled-back list's figures back. The rollback runs at the recompute's first read of Facts.
/// </summary>
public sealed class RecomputeDuringWriteTests
{
    private const string Header = "dossier_code,procedure_code,field,province,commune,channel,received_at,due_at,handling_days,finished_at,outcome\n";
    private const string Agencies = Header + "A1,1.004227,TSVTD,25,,online,2026-03-02,,3,2026-03-04,resolved\n";
    private const string HaNoi = Header + "C1,1.004227,TSVTD,01,,online,2026-03-03,,3,2026-03-05,resolved\n";

    [Fact]
    public async Task A_rollback_during_the_read_is_not_undone_by_the_recompute()
    {
        await using var db = await TestDatabase.CreateAsync(DossierFiguresTests.CalendarMonths);
        Assert.True((await db.IngestAsync(Agencies, "co-quan.csv")).Succeeded);
        var haNoi = await db.IngestAsync(HaNoi, "ha-noi.csv");
        Assert.True(haNoi.Succeeded, string.Join("\n", haNoi.Errors.Select(e => $"{e.Code} {e.MessageEn}")));

        var interceptor = new RollbackAtFirstFactsRead(db, haNoi.BatchId!.Value);
        await using var services = db.Services(s => s.ConfigureDbContext<KpiDbContext>(o => o.AddInterceptors(interceptor))
            .ConfigureDbContext<PostgresKpiDbContext>(o => o.AddInterceptors(interceptor)));
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DossierRecompute>().RunAsync(new DossierRecompute.Request(null, null, null, false), default);

        Assert.True(interceptor.RolledBack, interceptor.Seen);
        Assert.True(outcome.Result.Succeeded, string.Join("\n", outcome.Result.Errors.Select(e => e.MessageEn)));
        await using var context = db.Open();
        Assert.Empty(await context.Dossiers.Where(d => d.ProvinceCode == "01").ToListAsync());
        Assert.Empty(await context.Facts.Where(f => f.ProvinceCode == "01" && f.Values.ReceivedOnline > 0).ToListAsync());
        Assert.Equal(1, (await context.Facts.SingleAsync(f => f.Period == 202603 && f.ProvinceCode == "25" && f.CommuneCode == null && f.FieldCode == "TSVTD")).Values.ReceivedOnline);
    }

    private sealed class RollbackAtFirstFactsRead(TestDatabase db, int batchId) : DbCommandInterceptor
    {
        private int _started;

        public bool RolledBack { get; private set; }

        public string Seen { get; private set; } = "no command seen";

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Seen = command.CommandText;
            if (command.CommandText.Contains("FROM \"Facts\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _started, 1) == 0)
            {
                var outcome = await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(batchId));
                RolledBack = outcome.Succeeded;
                Seen = outcome.MessageEn;
            }
            return result;
        }
    }
}
