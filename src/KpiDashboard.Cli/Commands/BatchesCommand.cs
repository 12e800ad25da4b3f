using System.CommandLine;
using System.Globalization;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class BatchesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON / print as JSON" };
        var command = new Command("batches", "Liệt kê các lô đã nhập, cả số hồ sơ mỗi lô đã ghi và đã thay / list ingested batches, with the dossiers each wrote and replaced") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            var batches = await db.Batches.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);
            // What a rollback would remove and put back: the dossiers a batch wrote that are still stored, and those it replaced.
            // Dossiers has no index on BatchId, so this reads them all: about 0.2 s for a million.
            var dossiers = await db.Dossiers.GroupBy(d => d.BatchId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var replaced = await db.ReplacedDossiers.GroupBy(d => d.ReplacedByBatchId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            if (parse.GetValue(json))
            {
                Output.WriteJson(batches.Select(b => new Dictionary<string, object?>
                {
                    ["id"] = b.Id, ["created_utc"] = b.CreatedUtc, ["source"] = b.SourceName, ["sha256"] = b.SourceHash,
                    ["rows_read"] = b.RowsRead, ["inserted"] = b.Inserted, ["updated"] = b.Updated, ["unchanged"] = b.Unchanged,
                    ["dossiers"] = dossiers.GetValueOrDefault(b.Id), ["dossiers_replaced"] = replaced.GetValueOrDefault(b.Id),
                    ["demo"] = b.IsDemo, ["rolled_back_utc"] = b.RolledBackUtc,
                }));
                return ExitCodes.Ok;
            }
            Console.Out.WriteLine($"{"id",5}  {"created (UTC)",-19}  {"read",7} {"ins",7} {"upd",7} {"same",7} {"hồ sơ/doss.",11} {"thay/repl.",10}  source");
            foreach (var b in batches)
            {
                var state = b.RolledBackUtc is null ? "" : " (đã hoàn tác / rolled back)";
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{b.Id,5}  {b.CreatedUtc:yyyy-MM-dd HH:mm:ss}  {b.RowsRead,7} {b.Inserted,7} {b.Updated,7} {b.Unchanged,7} {dossiers.GetValueOrDefault(b.Id),11} {replaced.GetValueOrDefault(b.Id),10}  {b.SourceName} sha256:{b.SourceHash[..Math.Min(12, b.SourceHash.Length)]}{state}"));
            }
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(Rollback());
        return command;
    }

    private static Command Rollback()
    {
        var id = new Argument<int>("ID") { Description = "Số lô / batch id" };
        var command = new Command("rollback", "Hoàn tác một lô / restore exactly what a batch replaced") { id };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var batch = parse.GetValue(id);
            var outcome = await scope.ServiceProvider.GetRequiredService<BatchRollback>().RollbackAsync(batch,
                new KpiDashboard.Metrics.Accounts.AuditNote(CliActor.Name, "batch.rollback", batch.ToString(CultureInfo.InvariantCulture)), ct);
            var text = $"{outcome.Message} / {outcome.MessageEn}";
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine(text);
                return ExitCodes.BadInput;
            }
            Console.Out.WriteLine(text);
            return ExitCodes.Ok;
        });
        return command;
    }
}
