using System.CommandLine;
using System.Globalization;
using System.Text;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Bench;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var months = new Option<int>("--months") { Description = "Số tháng / number of months", Required = true };
        var fields = new Option<int>("--fields") { Description = "Số lĩnh vực (7 có sẵn, thêm BENCHnn) / number of fields (7 built in, then BENCHnn)", Required = true };
        var communes = new Option<string>("--communes") { Description = "all hoặc N xã đầu tiên / all, or the first N communes", DefaultValueFactory = _ => "all" };
        var from = new Option<string>("--from") { Description = "Tháng đầu / first month", DefaultValueFactory = _ => "2021-01" };
        var units = new Option<FileInfo?>("--units") { Description = "Danh mục chính thức (JSON); mặc định: các xã đã nhập / the official list (JSON); default: the imported communes" };
        var old = new Option<bool>("--old-units") { Description = "Các xã trước 01/07/2025 đã nhập (kpi units import-history) / the imported communes of before 1 July 2025" };
        var seed = new Option<ulong>("--seed") { Description = "Hạt giống / random seed", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--out") { Description = "Tệp CSV / the CSV file to write", Required = true };
        var generate = new Command("generate", "Tạo tệp số liệu tổng hợp cấp xã, tất định / write a deterministic synthetic commune-level figures file")
        {
            months, fields, communes, from, units, old, seed, output,
        };
        generate.SetAction(async (parse, ct) =>
        {
            var monthCount = parse.GetValue(months);
            var fieldCount = parse.GetValue(fields);
            if (monthCount < 1 || fieldCount < 1 || !Month.TryParseText(parse.GetValue(from)!, out var first))
            {
                Console.Error.WriteLine("--months và --fields phải ≥ 1, --from là một tháng / --months and --fields must be ≥ 1, --from a month such as 2021-01");
                return ExitCodes.BadInput;
            }
            var list = await LoadCommunesAsync(parse, parse.GetValue(units), parse.GetValue(old), ct);
            if (list is null) return ExitCodes.BadInput;
            var which = parse.GetValue(communes)!;
            if (which != "all")
            {
                if (!int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
                {
                    Console.Error.WriteLine($"--communes: 'all' hoặc một số dương / 'all' or a positive number, not '{which}'");
                    return ExitCodes.BadInput;
                }
                list = list.Take(count).ToList();
            }

            var generator = new SyntheticFigures(list, fieldCount, first, monthCount, parse.GetValue(seed));
            var path = parse.GetValue(output)!;
            await using (var writer = new StreamWriter(path.FullName, false, new UTF8Encoding(false), 1 << 16))
                await generator.WriteAsync(writer, ct);
            Console.Out.WriteLine($"{path.Name}: {generator.RowCount} dòng/rows ({list.Count} xã/communes × {generator.Fields.Count} lĩnh vực/fields × {monthCount} tháng/months)");
            if (generator.ExtraFields.Count > 0)
            {
                var fieldsFile = path.FullName + ".fields.csv";
                await File.WriteAllLinesAsync(fieldsFile,
                    ["code,name_vi,name_en", .. generator.ExtraFields.Select(f => $"{f.Code},{f.NameVi},{f.NameEn}")], ct);
                Console.Out.WriteLine($"Nhập trước các lĩnh vực thêm / import the extra fields first: kpi fields import {fieldsFile}");
            }
            return ExitCodes.Ok;
        });
        return new Command("bench", "Dữ liệu thử tải / benchmark data") { generate, NarrativeBenchCommand.Create() };
    }

    private static async Task<IReadOnlyList<Commune>?> LoadCommunesAsync(ParseResult parse, FileInfo? units, bool old, CancellationToken ct)
    {
        IReadOnlyList<Commune> communes;
        if (units is not null)
        {
            if (ImportOutput.Unreadable(units)) return null;
            await using var stream = units.OpenRead();
            var errors = new IngestErrors();
            communes = UnitImport.ReadOfficialList(stream, errors);
            if (errors.Count > 0) { ImportOutput.Errors(units.Name, errors); return null; }
        }
        else
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            communes = old
                ? await db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => c.ValidTo != null).ToListAsync(ct)
                : await db.Communes.AsNoTracking().ToListAsync(ct);
        }
        if (communes.Count == 0)
        {
            Console.Error.WriteLine("Chưa có xã nào: dùng --units FILE hoặc kpi units import / no communes: pass --units FILE or run kpi units import first (--old-units: kpi units import-history DIR)");
            return null;
        }
        // Code order makes the file independent of how the list was stored.
        return communes.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
    }
}
