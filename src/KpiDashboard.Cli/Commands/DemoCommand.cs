using System.CommandLine;
using KpiDashboard.Ingestion.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Nạp dữ liệu minh họa (được gắn nhãn) / load the labelled demo dataset");
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var result = await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync(ct);
            Console.Out.WriteLine(result.ChangedNothing
                ? $"Dữ liệu minh họa đã có, không đổi / demo data already loaded ({result.Unchanged} rows)"
                : $"Lô / batch {result.BatchId}: dữ liệu minh họa / demo data, thêm/inserted {result.Inserted}, cập nhật/updated {result.Updated}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
