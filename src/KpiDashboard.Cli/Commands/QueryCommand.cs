using System.CommandLine;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class QueryCommand
{
    public static Command Create()
    {
        var period = new Option<string>("--period") { Description = "Tháng 2025-07, quý 2025-Q3, nửa năm 2025-H1 hoặc năm 2025 / month, quarter, half or year", Required = true };
        var province = new Option<string?>("--province") { Description = "Mã hoặc tên tỉnh / province code or name" };
        var commune = new Option<string?>("--commune") { Description = "Mã hoặc tên xã, phường / commune code or name" };
        var field = new Option<string?>("--field") { Description = "Mã hoặc tên lĩnh vực / field code or name" };
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON với tên chuẩn / JSON with the canonical keys" };
        var approvedOnly = new Option<bool>("--approved-only") { Description = "Chỉ số liệu của các báo cáo đã duyệt / only figures of approved reports" };
        var command = new Command("query", "Tổng hợp số liệu của một phạm vi và kỳ / the figures of a scope and period")
        {
            period, province, commune, field, json, approvedOnly,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!Period.TryParse(parse.GetValue(period), out var p))
            {
                Console.Error.WriteLine($"--period: kỳ không hợp lệ / invalid period '{parse.GetValue(period)}' (2025-07, 2025-Q3, 2025-H1, 2025)");
                return ExitCodes.BadInput;
            }
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            var units = await UnitDirectory.LoadAsync(db, ct);
            var resolution = ScopeResolver.Resolve(units, parse.GetValue(province), parse.GetValue(commune), parse.GetValue(field));
            if (resolution.Scope is null)
            {
                Console.Error.WriteLine($"{resolution.Error} / {resolution.ErrorEn}");
                return ExitCodes.BadInput;
            }
            var query = scope.ServiceProvider.GetRequiredService<FigureQuery>();
            if (parse.GetValue(approvedOnly)) query = query.OnlyApproved();
            var figures = await query.TotalAsync(resolution.Scope, p, ct);
            if (parse.GetValue(json)) Output.WriteJson(FiguresJson.From(figures));
            else Print(p, figures);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(Period period, Figures figures)
    {
        Console.Out.WriteLine($"period  {period}{(figures.HasDemo ? "  (dữ liệu minh họa / demo data)" : "")}");
        foreach (var name in MeasureNames.All)
        {
            var q = MeasureNames.Get(figures, name);
            Console.Out.WriteLine($"{name,-20}{VietnameseFormat.Count(q),12}{(q.IsKnown && !q.Complete ? "  (chưa đủ / incomplete)" : "")}");
        }
        foreach (var name in MeasureNames.Rates)
            Console.Out.WriteLine($"{name,-20}{VietnameseFormat.Percent(MeasureNames.GetRate(figures, name)),12}");
        Console.Out.WriteLine($"{"complete",-20}{(figures.Complete ? "true" : "false"),12}");
    }
}
