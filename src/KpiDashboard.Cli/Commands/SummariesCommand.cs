using System.CommandLine;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Cli.Commands;

/// <summary>kpi summaries send: what the monthly schedule does, for one month, now; kpi summaries status: the month's outbox.</summary>
internal static class SummariesCommand
{
    public static Command Create()
    {
        var command = new Command("summaries", "Báo cáo tháng qua thư điện tử / monthly e-mail summaries");
        command.Subcommands.Add(Send());
        command.Subcommands.Add(Status());
        return command;
    }

    private static bool TryMonth(string? text, out Period period)
    {
        if (Period.TryParse(text, out period) && period.Kind == PeriodKind.Month) return true;
        Console.Error.WriteLine($"--period: cần một tháng / a month is required, e.g. 2025-07 (was '{text}')");
        return false;
    }

    private static Command Status()
    {
        var period = new Option<string>("--period") { Description = "Tháng báo cáo, ví dụ 2025-07 / the month, e.g. 2025-07", Required = true };
        var json = new Option<bool>("--json") { Description = "Xuất JSON / JSON output" };
        var command = new Command("status", "Tình trạng hộp thư đi của tháng: số thư theo trạng thái, thư đang chờ / the month's outbox: counts per state, messages waiting")
        {
            period, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryMonth(parse.GetValue(period), out var p)) return ExitCodes.BadInput;
            await using var services = await CliServices.OpenAsync(parse, ct);
            var report = await services.ServiceProvider.GetRequiredService<OutboxStatusQuery>().BuildAsync(p.First, ct);
            if (parse.GetValue(json))
            {
                Output.WriteJson(OutboxOutput.Json(report));
                return ExitCodes.Ok;
            }
            Console.Out.WriteLine(OutboxOutput.Counts(report));
            if (OutboxOutput.Waiting(report) is { } waiting) Console.Out.WriteLine(waiting);
            if (OutboxOutput.Uncertain(report) is { } uncertain) Console.Out.WriteLine(uncertain);
            foreach (var row in report.Waiting) Console.Out.WriteLine(OutboxOutput.Row(row));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Send()
    {
        var period = new Option<string>("--period") { Description = "Tháng báo cáo, ví dụ 2025-07 / the month, e.g. 2025-07", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Soạn thư nhưng không gửi, không ghi hàng đợi / compose only: nothing queued or sent" };
        var only = new Option<string?>("--only") { Description = "Chỉ gửi cho địa chỉ này / only this address" };
        var command = new Command("send", "Gửi báo cáo tháng cho người đăng ký, mỗi người một lần / send each subscriber the month's summary once")
        {
            period, dryRun, only,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryMonth(parse.GetValue(period), out var p)) return ExitCodes.BadInput;
            var address = parse.GetValue(only);
            await using var services = await CliServices.OpenAsync(parse, ct);
            var sp = services.ServiceProvider;
            var db = sp.GetRequiredService<KpiDbContext>();
            var normalized = address is null ? null : EmailAddress.Normalize(address);
            if (address is not null && normalized is null)
            {
                Console.Error.WriteLine($"--only: địa chỉ không hợp lệ / invalid address '{address}'");
                return ExitCodes.BadInput;
            }
            var subscriptions = await db.Subscriptions.AsNoTracking()
                .Where(s => s.IsActive && (normalized == null || s.Email == normalized)).OrderBy(s => s.Id).ToListAsync(ct);
            if (address is not null && subscriptions.Count == 0)
            {
                Console.Error.WriteLine($"--only: {address} không có đăng ký đang hoạt động / has no active subscription");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(dryRun))
            {
                var composer = sp.GetRequiredService<SummaryComposer>();
                var periodText = p.ToString();
                var sent = await db.OutboxMessages.AsNoTracking().Where(m => m.Period == periodText && m.SubscriptionId != null)
                    .ToDictionaryAsync(m => m.SubscriptionId!.Value, m => m.Status, ct);
                foreach (var s in subscriptions)
                {
                    var message = await composer.ComposeAsync(s, p.First, ct: ct);
                    using var buffer = new MemoryStream();
                    await message.WriteToAsync(buffer, ct);
                    var state = sent.TryGetValue(s.Id, out var status) ? $"outbox: {status}" : "outbox: —";
                    Console.Out.WriteLine($"{s.Email}  {message.Subject}  ({buffer.Length / 1024} KB, {state})");
                }
                Console.Out.WriteLine($"thử, không gửi / dry run, nothing sent: {subscriptions.Count}");
                return ExitCodes.Ok;
            }

            if (!sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Configured)
            {
                Console.Error.WriteLine("Smtp__Host chưa được đặt / Smtp__Host is not set (also Smtp__Port, Smtp__Security, Smtp__User, Smtp__Password, Smtp__From)");
                return ExitCodes.Failure;
            }
            var outbox = sp.GetRequiredService<SummaryOutbox>();
            var queued = await outbox.EnqueueAsync(p.First, normalized, ct);
            var run = await outbox.ProcessAsync(p.First, normalized, ct, reminders: false);
            Console.Out.WriteLine($"{p}: mới vào hàng đợi / newly queued {queued}, đã gửi / sent {run.Sent}, thử lại sau / to retry {run.Retrying}, thất bại / failed {run.Failed}" +
                (run.Uncertain > 0 ? $", không rõ / uncertain {run.Uncertain}" : ""));
            // A rerun before the backoff attempts nothing: say what is still owed and when it goes.
            var report = await sp.GetRequiredService<OutboxStatusQuery>().BuildAsync(p.First, ct);
            if (OutboxOutput.Waiting(report) is { } waiting) Console.Out.WriteLine(waiting);
            if (OutboxOutput.Uncertain(report) is { } uncertain) Console.Error.WriteLine(uncertain);
            if (run.Retrying + run.Failed + run.Uncertain > 0)
            {
                var errors = await db.OutboxMessages.AsNoTracking().Include(m => m.Subscription)
                    .Where(m => m.Period == p.ToString() && m.SubscriptionId != null && m.LastError != null && m.Status != Metrics.Entities.OutboxStatus.Sent)
                    .Select(m => new { m.Subscription!.Email, m.LastError, m.Status }).ToListAsync(ct);
                foreach (var e in errors) Console.Error.WriteLine($"{e.Email} ({e.Status}): {e.LastError}");
                return ExitCodes.Failure;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
