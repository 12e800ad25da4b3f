using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Reporting.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>
/// Reporting reminders over seven weeks on a fake clock, ticked every morning at 07:59 and 08:00 Vietnam time, delivered
/// to a loopback SMTP server. January 2026: the communes' deadline Friday 16/1, the agencies' Sunday 18/1 (moved to Monday
/// 19/1), the province's Tuesday 20/1. February 2026: all three fall in Tết (16–20/2) and move to Monday 23/2, so the
/// reminders go out on Friday 13/2, the last working day before it. Phú Thọ (25) has two communes, a province officer, two
/// commune officers and an officer without an e-mail address; Hà Nội (01) an officer; and there is one Admin.
/// </summary>
public sealed class ReminderTests : IAsyncLifetime
{
    private const string Admin = "admin@bo.example.vn";
    private const string Province = "tinh@phutho.example.vn";
    private const string TanHoa = "xa1@phutho.example.vn";
    private const string HoaBinh = "xa2@phutho.example.vn";
    private const string HaNoi = "so@hanoi.example.vn";
    private const string NoAddress = "khong-co-thu";

    private readonly LoopbackSmtpServer smtp = LoopbackSmtpServer.Start();
    private TestDatabase database = null!;
    private EmailTestHost host = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        // A shared database gets no demo data: only the units and accounts below.
        host = await EmailTestHost.CreateAsync(smtp.Port, database, attachForm: false, now: new DateTimeOffset(2026, 1, 11, 0, 0, 0, TimeSpan.Zero));
        var units = await host.WithScopeAsync(sp => sp.GetRequiredService<UnitImport>().ImportAsync(Csv.Stream(
            "code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n")));
        Assert.Empty(units.Errors);
        // Accounts through the command line's services (the e-mail host has no account services).
        await using (var scope = database.Scope())
        {
            var sp = scope.ServiceProvider;
            var accounts = sp.GetRequiredService<AccountService>();
            async Task Add(string email, string role, string[] provinces, params string[] communes)
            {
                Assert.True((await accounts.AddAsync(email, role, provinces, "MatKhau2026x", "test")).Succeeded);
                if (communes.Length > 0) Assert.True((await accounts.SetCommunesAsync(email, communes, "test")).Succeeded);
            }
            await Add(Admin, Roles.Admin, []);
            await Add(Province, Roles.ProvinceOfficer, ["25"]);
            await Add(TanHoa, Roles.ProvinceOfficer, ["25"], "04792");
            await Add(HoaBinh, Roles.ProvinceOfficer, ["25"], "04795");
            await Add(HaNoi, Roles.ProvinceOfficer, ["01"]);
            // The sign-in pages require an address; an account made another way may have none.
            var db = sp.GetRequiredService<KpiDbContext>();
            var user = new KpiUser { UserName = NoAddress, NormalizedUserName = NoAddress.ToUpperInvariant(), ProvinceCodes = "25", SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(user);
            var role = await db.Roles.SingleAsync(r => r.Name == Roles.ProvinceOfficer);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            await db.SaveChangesAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
        await database.DisposeAsync();
    }

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static string Before(string level, string unit, string month, string to) => $"before:{level}:{unit}:{month}:{to}";

    private static string Late(string level, string month, string to) => $"late:{level}:{month}:{to}";

    private Task SubmitAsync(string commune, string month) => host.WithScopeAsync(async sp =>
    {
        var result = await sp.GetRequiredService<IngestService>().IngestAsync(Csv.Stream(Csv.Header + $"{month},25,{commune},TSVTD,11,5,5,13,3,0,4,1\n"),
            "figures.csv", new IngestOptions(Audit: new AuditNote("officer@phutho.example.vn", "ingest", "figures.csv")));
        Assert.Empty(result.Errors);
        return result;
    });

    /// <summary>The reminder key of each delivered message, found by its Message-Id in the outbox.</summary>
    private async Task<Dictionary<string, string>> KeysByMessageIdAsync() =>
        (await host.OutboxAsync()).Where(m => m.ReminderKey is not null && m.MessageId is not null)
            .ToDictionary(m => m.MessageId!, m => m.ReminderKey!);

    [Fact]
    public async Task Each_reminder_goes_once_on_its_working_day_to_the_right_people_over_SMTP_across_a_weekend_and_a_Tet_deadline()
    {
        var calendar = host.Services.GetRequiredService<ReportingCalendar>();
        Assert.Equal(D(1, 19), calendar.Deadline(Period.Parse("2026-01"), ReportingLevel.Agency));
        Assert.All(Enum.GetValues<ReportingLevel>(), level => Assert.Equal(D(2, 23), calendar.Deadline(Period.Parse("2026-02"), level)));

        var scheduler = host.Services.GetRequiredService<SummaryScheduler>();
        var delivered = new List<(DateOnly Day, LoopbackSmtpServer.Received Message)>();
        var skipped = new Dictionary<DateOnly, IReadOnlyList<string>>();
        for (var day = D(1, 12); day <= D(2, 27); day = day.AddDays(1))
        {
            host.Time.SetUtcNow(VietnamTime.StartOf(day).AddHours(7).AddMinutes(59));
            await scheduler.TickAsync(default);
            Assert.Equal(delivered.Count, smtp.Messages.Count); // nothing before 08:00

            host.Time.SetUtcNow(VietnamTime.StartOf(day).AddHours(8));
            await scheduler.TickAsync(default);
            delivered.AddRange(smtp.Messages.Skip(delivered.Count).Select(m => (day, m)));
            if (scheduler.LastReminderPass is { Day: var passDay, SkippedWithoutEmail.Count: > 0 } pass && passDay == day) skipped[day] = pass.SkippedWithoutEmail;

            // A unit that reports before its reminder day gets none: Tân Hoà in January, Hoà Bình in February.
            if (day == D(1, 14)) await SubmitAsync("04792", "2026-01");
            if (day == D(2, 12)) await SubmitAsync("04795", "2026-02");

            if (day == D(2, 13))
            {
                // A restart (a new scheduler and services on the same database) makes the day's pass again: nothing new.
                await using var restarted = await EmailTestHost.CreateAsync(smtp.Port, database, attachForm: false, now: host.Time.GetUtcNow());
                var again = restarted.Services.GetRequiredService<SummaryScheduler>();
                await again.TickAsync(default);
                Assert.Equal(0, again.LastReminderPass!.Queued);
                Assert.Equal(5, again.LastReminderPass.AlreadyQueued);
                Assert.Equal(delivered.Count, smtp.Messages.Count);
            }
        }

        var keys = await KeysByMessageIdAsync();
        var actual = delivered.Select(d => (d.Day, Key: keys[d.Message.Message.MessageId!], To: Assert.Single(d.Message.Recipients))).ToList();
        Assert.All(actual, a => Assert.EndsWith(":" + a.To, a.Key));
        (DateOnly, string)[] expected =
        [
            (D(1, 15), Before("commune", "04795", "2026-01", HoaBinh)),
            (D(1, 16), Before("agency", "25", "2026-01", Province)),
            (D(1, 16), Before("agency", "01", "2026-01", HaNoi)),
            (D(1, 19), Before("province", "25", "2026-01", Province)),
            (D(1, 19), Before("province", "01", "2026-01", HaNoi)),
            (D(1, 19), Late("commune", "2026-01", Province)),
            (D(1, 20), Late("agency", "2026-01", Province)),
            (D(1, 20), Late("agency", "2026-01", HaNoi)),
            (D(1, 21), Late("province", "2026-01", Admin)),
            (D(2, 13), Before("commune", "04792", "2026-02", TanHoa)),
            (D(2, 13), Before("agency", "25", "2026-02", Province)),
            (D(2, 13), Before("agency", "01", "2026-02", HaNoi)),
            (D(2, 13), Before("province", "25", "2026-02", Province)),
            (D(2, 13), Before("province", "01", "2026-02", HaNoi)),
            (D(2, 24), Late("commune", "2026-02", Province)),
            (D(2, 24), Late("agency", "2026-02", Province)),
            (D(2, 24), Late("agency", "2026-02", HaNoi)),
            (D(2, 24), Late("province", "2026-02", Admin)),
        ];
        Assert.Equal(expected.Order(), actual.Select(a => (a.Day, a.Key)).Order());

        // The officer without an address is counted on each day something is owed to them (from a reminder day to its
        // deadline, from a late-list day through its two catch-up days), and never written to.
        Assert.Equal([D(1, 16), D(1, 19), D(1, 20), D(1, 21), D(1, 22), D(2, 13), D(2, 23), D(2, 24), D(2, 25), D(2, 26)], skipped.Keys.Order());
        Assert.All(skipped.Values, names => Assert.Equal([NoAddress], names));

        var reminder = delivered.Single(d => d.Message.Recipients.Contains(HoaBinh)).Message.Message;
        Assert.Equal("Nhắc gửi báo cáo tháng 1/2026: Phường Hòa Bình, hạn 16/01/2026 / Reminder: January 2026 report due 16 January 2026", reminder.Subject);
        Assert.Contains("(từ ngày 15/12/2025 đến ngày 14/01/2026) của Phường Hòa Bình (mã 04795) chưa được gửi; trạng thái: chưa báo cáo.", reminder.TextBody);
        Assert.Contains("Hạn gửi: thứ Sáu, 16/01/2026.", reminder.TextBody);
        Assert.Contains("https://kpi.example.vn/submissions/entry?level=commune&unit=04795&period=2026-01\n", reminder.TextBody!.ReplaceLineEndings("\n"));
        Assert.Contains("https://kpi.example.vn/submissions/entry?level=commune&unit=04795&period=2026-01&lang=en", reminder.TextBody);

        // The late list names the units still missing (Tân Hoà, which reported, is not among them) and goes to the approver only.
        var late = delivered.Single(d => d.Day == D(1, 19) && d.Message.Recipients.Contains(Province) && d.Message.Message.Subject!.Contains("xã")).Message.Message;
        Assert.StartsWith("1 đơn vị cấp xã chưa gửi báo cáo tháng 1/2026 (hạn 16/01/2026)", late.Subject);
        Assert.Contains("- 04795 Phường Hòa Bình: chưa báo cáo / not started", late.TextBody);
        Assert.DoesNotContain("04792", late.TextBody);
        Assert.Contains("https://kpi.example.vn/submissions?period=2026-01&level=commune&province=25", late.TextBody);
        var provinces = delivered.Single(d => d.Day == D(1, 21)).Message.Message;
        Assert.StartsWith("34 đơn vị cấp tỉnh chưa gửi báo cáo tháng 1/2026 (hạn 20/01/2026)", provinces.Subject);
        Assert.DoesNotContain(actual, a => a.Key.StartsWith("late:", StringComparison.Ordinal) && a.To is TanHoa or HoaBinh or HaNoi && a.Key.Contains(":commune:"));

        var rows = await host.OutboxAsync();
        Assert.Equal(18, rows.Count);
        Assert.All(rows, r => Assert.Equal(Metrics.Entities.OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task Two_processes_making_the_same_pass_at_once_queue_each_reminder_once()
    {
        var morning = VietnamTime.StartOf(D(2, 13)).AddHours(8);
        host.Time.SetUtcNow(morning);
        await using var second = await EmailTestHost.CreateAsync(smtp.Port, database, attachForm: false, now: morning);
        var passes = await Task.WhenAll(
            host.WithScopeAsync(sp => sp.GetRequiredService<ReminderQueue>().RunAsync()),
            second.WithScopeAsync(sp => sp.GetRequiredService<ReminderQueue>().RunAsync()));

        Assert.Equal(6, passes[0].Reminders.Count);
        Assert.Equal(6, passes.Sum(p => p.Queued));
        Assert.Equal(6, passes.Sum(p => p.AlreadyQueued));
        var rows = await host.OutboxAsync();
        Assert.Equal(6, rows.Select(r => r.ReminderKey).Distinct().Count());
        Assert.Equal(6, rows.Count);

        await Task.WhenAll(host.ProcessAsync(), second.ProcessAsync());
        Assert.Equal(6, smtp.Messages.Count);
        Assert.Equal(6, smtp.Messages.Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task A_pass_on_a_weekend_or_in_Tet_queues_nothing_and_a_dry_run_writes_nothing()
    {
        foreach (var day in new[] { D(1, 17), D(2, 17) })
        {
            host.Time.SetUtcNow(VietnamTime.StartOf(day).AddHours(9));
            var pass = await host.WithScopeAsync(sp => sp.GetRequiredService<ReminderQueue>().RunAsync());
            Assert.Empty(pass.Due);
            Assert.Empty(pass.Reminders);
        }
        var before = await database.DumpAsync();
        var dry = await host.WithScopeAsync(sp => sp.GetRequiredService<ReminderQueue>().RunAsync(new Month(2026, 2), dryRun: true));
        Assert.Equal(6, dry.Queued);
        Assert.Equal(before, await database.DumpAsync());
    }
}
