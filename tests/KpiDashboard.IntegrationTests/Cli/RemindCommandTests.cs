using System.Globalization;
using KpiDashboard.IntegrationTests.Email;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Cli;

/// <summary>`kpi submissions remind` as a separate process, over a loopback SMTP server: July 2025 is long past its deadlines, so a pass for it lists the late units to their approvers.</summary>
public sealed class RemindCommandTests : DatabaseTest
{
    private readonly LoopbackSmtpServer smtp = LoopbackSmtpServer.Start();

    protected override async Task SeedAsync()
    {
        var units = await Service<UnitImport>().ImportAsync(Csv.Stream("code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n"));
        Assert.Empty(units.Errors);
        var accounts = Service<AccountService>();
        Assert.True((await accounts.AddAsync("admin@bo.example.vn", Roles.Admin, [], "MatKhau2026x", "test")).Succeeded);
        Assert.True((await accounts.AddAsync("tinh@phutho.example.vn", Roles.ProvinceOfficer, ["25"], "MatKhau2026x", "test")).Succeeded);
        Assert.True((await accounts.AddAsync("xa@phutho.example.vn", Roles.ProvinceOfficer, ["25"], "MatKhau2026x", "test")).Succeeded);
        Assert.True((await accounts.SetCommunesAsync("xa@phutho.example.vn", ["04792"], "test")).Succeeded);
    }

    public override async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    private Task<KpiProcess.Run> Kpi(params string[] args) => KpiProcess.RunAsync(Database, new Dictionary<string, string>
    {
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp__Security"] = "None",
    }, args);

    [Fact]
    public async Task A_dry_run_lists_what_it_would_queue_writes_nothing_and_exits_0()
    {
        var before = await Database.DumpAsync();
        var run = await Kpi("submissions", "remind", "--period", "2025-07", "--dry-run");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("would queue    late   2025-07 commune  tinh@phutho.example.vn           04792,04795", run.Out);
        Assert.Contains("would queue    late   2025-07 agency   tinh@phutho.example.vn           25", run.Out);
        Assert.Contains("would queue    late   2025-07 province admin@bo.example.vn", run.Out);
        Assert.Contains("would be queued 3", run.Out);
        Assert.Contains("dry run, nothing written", run.Out);
        Assert.Equal(before, await Database.DumpAsync());
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_pass_queues_and_sends_the_late_lists_once_and_a_second_pass_sends_nothing()
    {
        var first = await Kpi("submissions", "remind", "--period", "2025-07");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("newly queued 3, đã có từ trước / queued before 0", first.Out);
        Assert.Contains("sent 3", first.Out);
        Assert.Equal(["admin@bo.example.vn", "tinh@phutho.example.vn", "tinh@phutho.example.vn"], smtp.Messages.Select(m => Assert.Single(m.Recipients)).Order());
        // Neither the commune officer nor anyone else gets a late list; the other provinces' agencies have no approver here.
        Assert.Contains("units with nobody to remind 33", first.Out);

        var second = await Kpi("submissions", "remind", "--period", "2025-07");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("newly queued 0, đã có từ trước / queued before 3", second.Out);
        Assert.Equal(3, smtp.Messages.Count);
        Assert.Equal(3, await Db.OutboxMessages.CountAsync());
    }

    [Theory]
    [InlineData("2025-Q3")]
    [InlineData("2025-13")]
    [InlineData("tháng 7")]
    public async Task A_bad_period_exits_2_writing_nothing(string period)
    {
        var before = await Database.DumpAsync();
        var run = await Kpi("submissions", "remind", "--period", period);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--period", run.Error);
        Assert.Equal(before, await Database.DumpAsync());
    }
}
