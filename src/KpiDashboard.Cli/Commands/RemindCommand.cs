using System.CommandLine;
using System.Globalization;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Reporting.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Cli.Commands;

/// <summary>kpi submissions remind: one reminder pass now, through the e-mail outbox, as the web app's schedule makes daily.</summary>
internal static class RemindCommand
{
    public static Command Create()
    {
        var period = new Option<string?>("--period")
        {
            Description = "Tháng, ví dụ 2025-07: nhắc các cấp chưa đến hạn, gửi danh sách trễ hạn của các cấp đã quá hạn; không có: việc của hôm nay theo lịch / " +
                          "month, e.g. 2025-07: remind the levels not yet due, list the late units of the levels past due; without it: today's scheduled pass",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ liệt kê, không ghi gì / list only, write nothing" };
        var command = new Command("remind", "Nhắc các đơn vị chưa gửi báo cáo và báo người duyệt các đơn vị trễ hạn, mỗi thư một lần / " +
                                            "remind units that have not reported and tell approvers who is late, each e-mail once")
        {
            period, dryRun,
        };
        command.SetAction(async (parse, ct) =>
        {
            Month? month = null;
            if (parse.GetValue(period) is { } text)
            {
                if (!SubmissionsCommand.TryMonth(text, out var m)) return ExitCodes.BadInput;
                month = m;
            }
            var dry = parse.GetValue(dryRun);
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var sp = scope.ServiceProvider;
            var pass = await sp.GetRequiredService<ReminderQueue>().RunAsync(month, dry, ct);
            Print(pass);
            if (dry || pass.Queued == 0 && pass.AlreadyQueued == 0) return ExitCodes.Ok;

            if (!sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Configured)
            {
                Console.Error.WriteLine("Smtp__Host chưa được đặt: thư đã vào hàng đợi, chưa gửi / Smtp__Host is not set: queued, not sent");
                return ExitCodes.Failure;
            }
            var run = await sp.GetRequiredService<SummaryOutbox>().ProcessAsync(ct: ct, reminders: true);
            Console.Out.WriteLine($"đã gửi / sent {run.Sent}, thử lại sau / to retry {run.Retrying}, thất bại / failed {run.Failed}" +
                                  (run.Uncertain > 0 ? $", không rõ / uncertain {run.Uncertain}" : ""));
            return run.Retrying + run.Failed + run.Uncertain > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(ReminderPass pass)
    {
        var day = pass.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (pass.Due.Count == 0) Console.Out.WriteLine($"{day}: không có gì đến hạn nhắc / nothing due for a reminder");
        foreach (var d in pass.Due)
            Console.Out.WriteLine($"{d.Period} {d.Level.Code()}: {(d.Kind == ReminderKind.BeforeDeadline ? "nhắc trước hạn / before the deadline" : "danh sách trễ hạn / late list")} " +
                                  $"(hạn / due {d.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})");
        foreach (var q in pass.Reminders)
        {
            var r = q.Reminder;
            var state = q.New ? (pass.DryRun ? "would queue" : "queued") : "already queued";
            var kind = r.Kind == ReminderKind.BeforeDeadline ? "before" : "late";
            Console.Out.WriteLine($"{state,-14} {kind,-6} {r.Period} {r.Level.Code(),-8} {r.Email,-32} {string.Join(",", r.Units.Select(u => u.UnitCode))}");
        }
        var verb = pass.DryRun ? "sẽ vào hàng đợi / would be queued" : "mới vào hàng đợi / newly queued";
        Console.Out.WriteLine($"{day}: {verb} {pass.Queued}, đã có từ trước / queued before {pass.AlreadyQueued}, " +
                              $"tài khoản không có e-mail bị bỏ qua / accounts without an e-mail address skipped {pass.SkippedWithoutEmail.Count}" +
                              (pass.SkippedWithoutEmail.Count > 0 ? $" ({string.Join(", ", pass.SkippedWithoutEmail)})" : "") +
                              $", đơn vị không có người nhận / units with nobody to remind {pass.UnitsWithoutRecipient}" +
                              (pass.DryRun ? " — thử, không ghi gì / dry run, nothing written" : ""));
    }
}
