using System.CommandLine;
using KpiDashboard.Ingestion.Pulls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Cli.Commands;

/// <summary>`kpi pull [--source NAME]`: pulls the configured HTTP sources now (all of them, or one).</summary>
internal static class PullCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source") { Description = "Tên nguồn (mặc định: tất cả) / source name (default: all)" };
        var command = new Command("pull", "Lấy số liệu từ các nguồn HTTP đã cấu hình / pull the configured HTTP sources now") { source };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            PullOptions options;
            try
            {
                options = scope.ServiceProvider.GetRequiredService<IOptions<PullOptions>>().Value;
            }
            catch (OptionsValidationException e)
            {
                foreach (var failure in e.Failures) Console.Error.WriteLine(failure);
                return ExitCodes.BadInput;
            }
            var names = parse.GetValue(source) is { } one ? [one] : options.Sources.Select(s => s.Name).ToList();
            if (names.Count == 0)
            {
                Console.Error.WriteLine("Chưa cấu hình nguồn nào (Pulls:Sources) / no sources configured (Pulls:Sources)");
                return ExitCodes.BadInput;
            }
            if (names.FirstOrDefault(n => !options.Sources.Any(s => string.Equals(s.Name, n, StringComparison.OrdinalIgnoreCase))) is { } unknown)
            {
                Console.Error.WriteLine($"Không có nguồn '{unknown}' / no source '{unknown}'");
                return ExitCodes.BadInput;
            }
            var failed = false;
            foreach (var name in names)
            {
                var result = await scope.ServiceProvider.GetRequiredService<PullService>().PullAsync(name, ct);
                failed |= result.Failed;
                var line = $"{result.Source}: {result.Status}, {result.Rows} dòng/rows" + (result.BatchId is { } b ? $", lô/batch {b}" : "");
                if (result.Failed) Console.Error.WriteLine($"{line}: {result.Error}");
                else Console.Out.WriteLine(line);
            }
            return failed ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }
}
