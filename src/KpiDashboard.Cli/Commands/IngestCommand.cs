using System.CommandLine;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Batches;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp số liệu CSV hoặc XLSX / figures file, CSV or XLSX" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Kiểm tra, không ghi / validate and compare, write nothing" };
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON / print the result as JSON" };
        var command = new Command("ingest", "Nhập một tệp số liệu thành một lô / ingest a figures file as one batch") { file, dryRun, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"{path.Name}: không tìm thấy tệp / file not found");
                return ExitCodes.BadInput;
            }
            await using var scope = await CliServices.OpenAsync(parse, ct);
            await using var stream = path.OpenRead();
            var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
                .IngestAsync(stream, path.Name, new IngestOptions(DryRun: parse.GetValue(dryRun)), ct);
            // A rejected file writes nothing at all, not even an audit entry: only batches are audited here.
            if (!result.DryRun && result.Succeeded && !result.ChangedNothing)
                await scope.ServiceProvider.GetRequiredService<KpiDashboard.Metrics.Accounts.AuditLog>().WriteAsync(CliActor.Name,
                    "ingest", $"{path.Name} batch={result.BatchId} rows={result.RowsRead}", ct: ct);
            if (parse.GetValue(json)) Output.WriteJson(IngestResultJson.From(result));
            else Print(result);
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }

    private static void Print(IngestResult r)
    {
        foreach (var e in r.Errors)
            Console.Error.WriteLine(Locate(r.SourceName, e.Row, e.Column) + $"{e.Code}: {e.Message} / {e.MessageEn}" + Value(e.Value));
        foreach (var w in r.Warnings)
            Console.Error.WriteLine(Locate(r.SourceName, w.Row, w.Column) + $"cảnh báo/warning {w.Code}: {w.Message} / {w.MessageEn}");
        if (!r.Succeeded)
        {
            Console.Error.WriteLine($"{r.SourceName}: {r.Errors.Count} lỗi, không ghi gì / {r.Errors.Count} errors, nothing written");
            return;
        }
        var what = r.DryRun ? "Chạy thử, không ghi / dry run, nothing written"
            : r.ChangedNothing ? "Không có thay đổi / nothing changed"
            : $"Lô / batch {r.BatchId}";
        Console.Out.WriteLine($"{r.SourceName}: {what}. Đọc/read {r.RowsRead}, thêm/inserted {r.Inserted}, " +
                              $"cập nhật/updated {r.Updated}, không đổi/unchanged {r.Unchanged}, cảnh báo/warnings {r.Warnings.Count}");
    }

    private static string Locate(string file, int row, string column) =>
        row == 0 ? $"{file}: " : column.Length == 0 ? $"{file}:{row}: " : $"{file}:{row}:{column}: ";

    private static string Value(string value) => value.Length == 0 ? "" : $" [{value}]";
}
