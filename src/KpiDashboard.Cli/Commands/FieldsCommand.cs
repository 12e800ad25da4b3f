using System.CommandLine;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class FieldsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV code,name_vi,name_en" };
        var import = new Command("import", "Thêm lĩnh vực / add fields") { file };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (ImportOutput.Unreadable(path)) return ExitCodes.BadInput;
            await using var scope = await CliServices.OpenAsync(parse, ct);
            await using var stream = path.OpenRead();
            var outcome = await scope.ServiceProvider.GetRequiredService<FieldImport>().ImportAsync(stream, ct);
            if (outcome.Errors.Count > 0) return ImportOutput.Errors(path.Name, outcome.Errors);
            Console.Out.WriteLine($"{path.Name}: đọc/read {outcome.Read}, thêm/inserted {outcome.Inserted}, cập nhật/updated {outcome.Updated}");
            return ExitCodes.Ok;
        });
        var list = new Command("list", "Liệt kê lĩnh vực / list fields");
        list.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var fields = await scope.ServiceProvider.GetRequiredService<KpiDbContext>().Fields.AsNoTracking().OrderBy(f => f.Code).ToListAsync(ct);
            foreach (var f in fields) Console.Out.WriteLine($"{f.Code,-10} {f.NameVi} / {f.NameEn}");
            return ExitCodes.Ok;
        });
        return new Command("fields", "Lĩnh vực / fields") { import, list };
    }
}
