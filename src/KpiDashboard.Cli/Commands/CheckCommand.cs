using System.CommandLine;
using KpiDashboard.Metrics.Safety;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

/// <summary>`kpi check [--quick] [--json]`: the database file's integrity and the product's invariants, read-only.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "quick_check thay cho integrity_check, bỏ qua so tổng hợp / quick_check instead of integrity_check, summaries not compared" };
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON / print JSON" };
        var command = new Command("check", "Kiểm tra tính toàn vẹn của cơ sở dữ liệu / check the database's integrity and invariants") { quick, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var findings = await scope.ServiceProvider.GetRequiredService<DatabaseCheck>().RunAsync(parse.GetValue(quick), ct);
            if (parse.GetValue(json))
                Output.WriteJson(new { ok = findings.Count == 0, findings = findings.Select(f => new { check = f.Check, message = f.Message }) });
            else if (findings.Count == 0)
                Console.Out.WriteLine("ổn / ok");
            else
                foreach (var f in findings) Console.Out.WriteLine($"{f.Check}: {f.Message}");
            if (findings.Count > 0) Console.Error.WriteLine($"{findings.Count} vấn đề / problem(s) found");
            return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
