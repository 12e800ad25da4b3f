using System.CommandLine;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp số liệu CSV hoặc XLSX / figures file, CSV or XLSX" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Kiểm tra, không ghi / validate and compare, write nothing" };
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON / print the result as JSON" };
        var format = new Option<SourceFormat>("--format")
        {
            Description = "auto (mặc định), table (CSV/XLSX số liệu), form06 (Biểu 06), json, text (văn bản tiếng Việt), dossiers (danh sách hồ sơ) / source format",
            DefaultValueFactory = _ => SourceFormat.Auto,
        };
        var province = new Option<string?>("--province") { Description = "Tỉnh (tên hoặc mã) cho biểu 06 / văn bản / province for form06 and text" };
        var commune = new Option<string?>("--commune") { Description = "Xã/phường (tên hoặc mã) / commune for form06 and text" };
        var period = new Option<string?>("--period") { Description = "Tháng, ví dụ 2025-07 / month for form06 and text" };
        var field = new Option<string?>("--field") { Description = "Lĩnh vực của số liệu chung trong văn bản / field the text's unit-wide figures belong to" };
        var command = new Command("ingest", "Nhập một tệp số liệu thành một lô / ingest a figures file as one batch")
        {
            file, dryRun, json, format, province, commune, period, field,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (ImportOutput.Unreadable(path)) return ExitCodes.BadInput;
            await using var scope = await CliServices.OpenAsync(parse, ct);
            await using var stream = path.OpenRead();
            // The batch's audit entry is written in the batch's transaction; a rejected file writes nothing at all, not even an entry.
            var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
                .IngestAsync(stream, path.Name, new IngestOptions(DryRun: parse.GetValue(dryRun), Format: parse.GetValue(format),
                    Scope: new IngestScope(parse.GetValue(province), parse.GetValue(commune), parse.GetValue(period), parse.GetValue(field)),
                    Audit: new KpiDashboard.Metrics.Accounts.AuditNote(CliActor.Name, "ingest", path.Name), Channel: SubmissionChannel.Cli), ct);
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
        if (r.Errors.MoreLine is { } more) Console.Error.WriteLine($"{r.SourceName}: {more}");
        if (r.DryRun && r.Succeeded) PrintRows(r);
        foreach (var w in r.Warnings.Take(IngestErrors.Limit))
            Console.Error.WriteLine(Locate(r.SourceName, w.Row, w.Column) + $"cảnh báo/warning {w.Code}: {w.Message} / {w.MessageEn}");
        if (!r.Succeeded)
        {
            Console.Error.WriteLine($"{r.SourceName}: {r.Errors.Total} lỗi, không ghi gì / {r.Errors.Total} errors, nothing written");
            return;
        }
        var what = r.DryRun ? "Chạy thử, không ghi / dry run, nothing written"
            : r.ChangedNothing ? "Không có thay đổi / nothing changed"
            : $"Lô / batch {r.BatchId}";
        Console.Out.WriteLine($"{r.SourceName}: {what}. Đọc/read {r.RowsRead}, thêm/inserted {r.Inserted}, " +
                              $"cập nhật/updated {r.Updated}, không đổi/unchanged {r.Unchanged}, cảnh báo/warnings {r.Warnings.Count}");
    }

    /// <summary>A dry run shows what was understood, so a reader can check it before writing.</summary>
    private static void PrintRows(IngestResult r)
    {
        foreach (var row in r.Understood)
        {
            var unit = row.Key.CommuneCode is { } c ? $"{row.Key.ProvinceCode}/{c}" : row.Key.ProvinceCode;
            var figures = row.Figures.Count == 0 ? "(chưa có số liệu / no figures)" : string.Join(", ", row.Figures.Select(f => $"{f.Key}={f.Value}"));
            Console.Out.WriteLine($"  {Month.FromKey(row.Key.Period)} {unit} {row.Key.FieldCode}: {figures}");
        }
    }

    private static string Locate(string file, int row, string column) =>
        row == 0 ? $"{file}: " : column.Length == 0 ? $"{file}:{row}: " : $"{file}:{row}:{column}: ";

    private static string Value(string value) => value.Length == 0 ? "" : $" [{value}]";
}
