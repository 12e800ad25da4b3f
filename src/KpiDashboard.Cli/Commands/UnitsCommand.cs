using System.CommandLine;
using KpiDashboard.Ingestion.Units;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class UnitsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Danh mục chính thức (JSON) hoặc CSV code,name,province_code / the official list (JSON) or a CSV" };
        var import = new Command("import", "Nhập danh mục xã, phường, đặc khu / import communes") { file };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (ImportOutput.Missing(path)) return ExitCodes.BadInput;
            await using var scope = await CliServices.OpenAsync(parse, ct);
            await using var stream = path.OpenRead();
            var outcome = await scope.ServiceProvider.GetRequiredService<UnitImport>().ImportAsync(stream, ct);
            if (outcome.Errors.Count > 0) return ImportOutput.Errors(path.Name, outcome.Errors);
            Console.Out.WriteLine($"{path.Name}: đọc/read {outcome.Read}, thêm/inserted {outcome.Inserted}, cập nhật/updated {outcome.Updated}, không đổi/unchanged {outcome.Unchanged}");
            return ExitCodes.Ok;
        });
        var boundariesFile = new Argument<FileInfo>("FILE") { Description = "Ranh giới xã dạng TopoJSON / commune boundaries as TopoJSON" };
        var boundaries = new Command("import-boundaries", "Nhập ranh giới xã, phường cho bản đồ / import commune boundaries for the maps") { boundariesFile };
        boundaries.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(boundariesFile)!;
            if (ImportOutput.Missing(path)) return ExitCodes.BadInput;
            await using var scope = await CliServices.OpenAsync(parse, ct);
            await using var stream = path.OpenRead();
            var outcome = await scope.ServiceProvider.GetRequiredService<BoundaryImport>().ImportAsync(stream, ct);
            if (outcome.Errors.Count > 0) return ImportOutput.Errors(path.Name, outcome.Errors);
            Console.Out.WriteLine($"{path.Name}: đọc/read {outcome.Read}, thêm/inserted {outcome.Inserted}, cập nhật/updated {outcome.Updated}, không đổi/unchanged {outcome.Unchanged}");
            return ExitCodes.Ok;
        });
        return new Command("units", "Đơn vị hành chính / administrative units") { import, boundaries };
    }
}
