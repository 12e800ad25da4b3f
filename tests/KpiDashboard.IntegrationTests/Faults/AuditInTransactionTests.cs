using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Faults;

/// <summary>
/// A write and its audit entry commit together or not at all. The fault is real: a trigger makes the database refuse
/// every insert into AuditEntries (as a full disk or a lock would at that moment), and the write must be rolled back
/// with it, and be reported as failed; without the trigger the same write succeeds with its entry.
/// </summary>
public sealed class AuditInTransactionTests : DatabaseTest
{
    private async Task RefuseAuditEntriesAsync(bool refuse)
    {
        await using var context = Database.Open();
        var sql = (Database.Provider, refuse) switch
        {
            (DatabaseProvider.Postgres, true) =>
                "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$; " +
                "CREATE TRIGGER refuse_audit BEFORE INSERT ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION refuse_audit();",
            (DatabaseProvider.Postgres, false) => "DROP TRIGGER refuse_audit ON \"AuditEntries\"; DROP FUNCTION refuse_audit();",
            (_, true) => "CREATE TRIGGER refuse_audit BEFORE INSERT ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'audit refused'); END;",
            _ => "DROP TRIGGER refuse_audit;",
        };
        await context.Database.ExecuteSqlRawAsync(sql);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(Database.Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static void AssertClearFailure(KpiProcess.Run run)
    {
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("audit refused", run.Error);
        Assert.DoesNotContain("see the inner exception", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task An_ingest_whose_audit_entry_cannot_be_written_writes_nothing_and_exits_1()
    {
        var file = Write("phu-tho.csv", Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        await RefuseAuditEntriesAsync(true);
        var before = await Database.DumpAsync();
        AssertClearFailure(await KpiProcess.RunAsync(Database, "ingest", file));
        Assert.Equal(before, await Database.DumpAsync());

        await RefuseAuditEntriesAsync(false);
        var run = await KpiProcess.RunAsync(Database, "ingest", file);
        Assert.True(run.ExitCode == 0, run.Error);
        await using var context = Database.Open();
        var batch = Assert.Single(await context.Batches.ToListAsync());
        var entry = Assert.Single(await context.AuditEntries.Where(e => e.Action == "ingest").ToListAsync());
        Assert.Equal($"phu-tho.csv batch={batch.Id} rows=1", entry.Details);
    }

    [Fact]
    public async Task A_rollback_whose_audit_entry_cannot_be_written_restores_nothing_and_exits_1()
    {
        var file = Write("phu-tho.csv", Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        Assert.Equal(0, (await KpiProcess.RunAsync(Database, "ingest", file)).ExitCode);
        await RefuseAuditEntriesAsync(true);
        var before = await Database.DumpAsync();
        AssertClearFailure(await KpiProcess.RunAsync(Database, "batches", "rollback", "1"));
        Assert.Equal(before, await Database.DumpAsync());

        await RefuseAuditEntriesAsync(false);
        Assert.Equal(0, (await KpiProcess.RunAsync(Database, "batches", "rollback", "1")).ExitCode);
        await using var context = Database.Open();
        Assert.NotNull((await context.Batches.SingleAsync()).RolledBackUtc);
        Assert.Empty(await context.Facts.ToListAsync());
        Assert.StartsWith("1: Rolled back batch 1", (await context.AuditEntries.SingleAsync(e => e.Action == "batch.rollback")).Details);
    }

    [Fact]
    public async Task A_subscription_whose_audit_entry_cannot_be_written_is_not_saved()
    {
        await RefuseAuditEntriesAsync(true);
        var before = await Database.DumpAsync();
        var add = new[] { "subscriptions", "add", "--email", "a@example.vn", "--name", "A", "--scope", "nation" };
        AssertClearFailure(await KpiProcess.RunAsync(Database, add));
        Assert.Equal(before, await Database.DumpAsync());

        await RefuseAuditEntriesAsync(false);
        Assert.Equal(0, (await KpiProcess.RunAsync(Database, add)).ExitCode);
        await using var context = Database.Open();
        Assert.Single(await context.Subscriptions.ToListAsync());
        Assert.Single(await context.AuditEntries.Where(e => e.Action == "subscription.add").ToListAsync());
    }

    [Fact]
    public async Task Accounts_and_tokens_are_not_changed_without_their_audit_entry()
    {
        await using var services = new ServiceCollection().AddLogging().AddKpiMetrics(Database.Configuration()).AddKpiAccounts().BuildServiceProvider();
        await RefuseAuditEntriesAsync(true);
        var before = await Database.DumpAsync();
        await using (var scope = services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            await Assert.ThrowsAnyAsync<Exception>(() => accounts.AddAsync("b@example.vn", Roles.Viewer, [], "Mat-khau-dai-1!", "test"));
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            var tokens = new ApiTokenService(db, new AuditLog(db, TimeProvider.System), TimeProvider.System);
            await Assert.ThrowsAnyAsync<Exception>(() => tokens.CreateAsync("machine", Roles.Viewer, [], "test"));
        }
        Assert.Equal(before, await Database.DumpAsync());

        await RefuseAuditEntriesAsync(false);
        await using (var scope = services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync("b@example.vn", Roles.Viewer, [], "Mat-khau-dai-1!", "test");
            Assert.True(outcome.Succeeded, outcome.Message);
        }
        await using var context = Database.Open();
        Assert.Single(await context.Users.ToListAsync());
        Assert.Single(await context.AuditEntries.Where(e => e.Action == "user.add").ToListAsync());
    }
}
