using System.CommandLine;
using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class DossiersCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "Tháng đầu, ví dụ 2025-01 / first month (yyyy-MM)" };
        var to = new Option<string?>("--to") { Description = "Tháng cuối / last month (yyyy-MM)" };
        var province = new Option<string?>("--province") { Description = "Tỉnh hiện nay (mã hoặc tên) / today's province, code or name" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Tính và so sánh, không ghi / compute and compare, write nothing" };
        var recompute = new Command("recompute",
            "Tính lại hạn giải quyết (từ thời hạn giải quyết) và số liệu từ các hồ sơ đã lưu theo lịch hiện tại, thành một lô / " +
            "recompute due dates from handling_days and the figures from the stored dossiers on the current calendar, as one batch")
        {
            from, to, province, dryRun,
        };
        recompute.SetAction(async (parse, ct) =>
        {
            if (!TryMonth(parse.GetValue(from), "--from", out var first) || !TryMonth(parse.GetValue(to), "--to", out var last)) return ExitCodes.BadInput;
            if (first is { } f && last is { } l && f > l)
            {
                Console.Error.WriteLine($"--from {f} sau/after --to {l}: không ghi gì / nothing written");
                return ExitCodes.BadInput;
            }
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var services = scope.ServiceProvider;
            string? provinceCode = null;
            if (parse.GetValue(province) is { } text)
            {
                var units = await UnitDirectory.LoadAsync(services.GetRequiredService<KpiDbContext>(), ct);
                var match = units.FindProvince(text);
                if (match.Item is null)
                {
                    var (vi, en) = units.History?.Old.FindProvince(text).Item is { } old ? units.History.WhereWent(old)
                        : ($"không tìm thấy tỉnh '{text}'", $"unknown province '{text}'");
                    Console.Error.WriteLine($"--province: {vi} / {en} (tỉnh hiện nay / a province of today); không ghi gì / nothing written");
                    return ExitCodes.BadInput;
                }
                provinceCode = match.Item.Code;
            }
            var outcome = await services.GetRequiredService<DossierRecompute>().RunAsync(
                new DossierRecompute.Request(first, last, provinceCode, parse.GetValue(dryRun), new AuditNote(CliActor.Name, "dossiers.recompute", "")), ct);
            var r = outcome.Result;
            foreach (var e in r.Errors) Console.Error.WriteLine($"{e.Code}: {e.Message} / {e.MessageEn}");
            if (!r.Succeeded)
            {
                Console.Error.WriteLine($"{r.Errors.Total} lỗi, không ghi gì / {r.Errors.Total} errors, nothing written");
                return ExitCodes.BadInput;
            }
            var what = r.DryRun ? "Chạy thử, không ghi / dry run, nothing written"
                : r.BatchId is { } id ? $"Lô / batch {id}" : "Số liệu không đổi / figures unchanged";
            Console.Out.WriteLine($"{what}. Hồ sơ/dossiers {outcome.DossiersRead}, đổi hạn/due dates moved {outcome.DueDatesChanged}; " +
                                  $"số liệu/facts {outcome.Computed}: thêm/inserted {r.Inserted}, cập nhật/updated {r.Updated}, không đổi/unchanged {r.Unchanged}");
            return ExitCodes.Ok;
        });
        return new Command("dossiers", "Danh sách hồ sơ đã nhập / the ingested dossier lists") { recompute };
    }

    private static bool TryMonth(string? text, string option, out Month? month)
    {
        month = null;
        if (text is null) return true;
        if (Month.TryParseText(text, out var m))
        {
            month = m;
            return true;
        }
        Console.Error.WriteLine($"{option}: tháng không hợp lệ / invalid month '{text}' (yyyy-MM, ví dụ/for example 2025-07); không ghi gì / nothing written");
        return false;
    }
}
