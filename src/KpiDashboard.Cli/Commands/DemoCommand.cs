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
            var loader = scope.ServiceProvider.GetRequiredService<DemoDataLoader>();
            var result = await loader.LoadAsync(ct);
            Console.Out.WriteLine(result.ChangedNothing
                ? $"Dữ liệu minh họa đã có, không đổi / demo data already loaded ({result.Unchanged} rows)"
                : $"Lô / batch {result.BatchId}: dữ liệu minh họa / demo data, thêm/inserted {result.Inserted}, cập nhật/updated {result.Updated}");
            Console.Out.WriteLine(await loader.InOldUnitsAsync(ct)
                ? "Trước 07/2025 theo đơn vị hành chính cũ / before 2025-07 in the old units"
                : "Chưa nhập đơn vị cũ: mọi tháng theo đơn vị hiện nay (kpi units import-history DIR trước) / no history units: every month in today's units (run kpi units import-history DIR first)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
