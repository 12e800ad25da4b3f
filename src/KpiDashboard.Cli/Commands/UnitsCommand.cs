using System.CommandLine;
using KpiDashboard.Ingestion.History;
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
            if (ImportOutput.Unreadable(path)) return ExitCodes.BadInput;
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
            if (ImportOutput.Unreadable(path)) return ExitCodes.BadInput;
            await using var scope = await CliServices.OpenAsync(parse, ct);
            await using var stream = path.OpenRead();
            var outcome = await scope.ServiceProvider.GetRequiredService<BoundaryImport>().ImportAsync(stream, ct);
            if (outcome.Errors.Count > 0) return ImportOutput.Errors(path.Name, outcome.Errors);
            Console.Out.WriteLine($"{path.Name}: đọc/read {outcome.Read}, thêm/inserted {outcome.Inserted}, cập nhật/updated {outcome.Updated}, không đổi/unchanged {outcome.Unchanged}");
            return ExitCodes.Ok;
        });
        return new Command("units", "Đơn vị hành chính / administrative units") { import, boundaries, ImportHistory(), Link() };
    }

    private static Command ImportHistory()
    {
        var folder = new Argument<string>("DIR") { Description = "Thư mục vn-admin-units-history (hoặc một tệp trong đó) / the history folder (or a file in it)" };
        var command = new Command("import-history", "Nhập đơn vị hành chính trước 01/07/2025 và nơi chúng sáp nhập / import the units of before 1 July 2025 and their links") { folder };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: không tìm thấy / not found");
                return ExitCodes.BadInput;
            }
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var o = await scope.ServiceProvider.GetRequiredService<HistoryImport>().ImportAsync(path, ct);
            if (o.Errors.Count > 0) return ImportOutput.Errors(path, o.Errors);
            Console.Out.WriteLine($"{path}: tỉnh/provinces {o.Provinces}, huyện/districts {o.Districts}, xã/communes {o.Communes}, liên kết/links {o.Links} " +
                $"(bỏ qua/skipped {o.LinksWithoutUnit} không có trong danh mục/not in the list); thêm/inserted {o.Inserted}, cập nhật/updated {o.Updated}, không đổi/unchanged {o.Unchanged}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Link()
    {
        var level = new Option<string>("--level") { Description = "province | district | commune", DefaultValueFactory = _ => "commune" };
        var old = new Option<string>("--old") { Description = "Mã đơn vị cũ (trước 01/07/2025) / the old unit's code", Required = true };
        var targets = new Option<string[]>("--new") { Description = "Mã đơn vị hiện nay, lặp lại nếu bị chia; đơn vị nêu trước nhận số liệu so sánh / today's unit, repeated for a split; the first named takes the comparable figures", Required = true, AllowMultipleArgumentsPerToken = true };
        var kind = new Option<string?>("--kind") { Description = "whole | part (mặc định/default: whole cho một đơn vị mới, part cho nhiều / whole for one new unit, part for several)" };
        var command = new Command("link", "Sửa nơi một đơn vị cũ đã sáp nhập (ghi nhật ký) / correct where an old unit went (audited)") { level, old, targets, kind };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var request = new UnitLinkCorrection.Request(parse.GetValue(level)!.Trim().ToLowerInvariant(), parse.GetValue(old)!.Trim(),
                parse.GetValue(targets)!.Select(t => t.Trim()).ToList(), CliActor.Name, Kind: parse.GetValue(kind)?.Trim().ToLowerInvariant());
            var (links, problems) = await scope.ServiceProvider.GetRequiredService<UnitLinkCorrection>().ApplyAsync(request, ct);
            foreach (var (vi, en) in problems) Console.Error.WriteLine($"{vi} / {en}");
            if (problems.Count > 0) return ExitCodes.BadInput;
            foreach (var l in links) Console.Out.WriteLine($"{l.Level} {l.OldCode} -> {l.NewCode} ({l.Kind}, {l.Rank}, {l.Source})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
