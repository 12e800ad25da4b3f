using System.CommandLine;
using System.Globalization;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Cli.Commands;

/// <summary>`kpi extract FILE|-`: the dossier figures a Vietnamese text states, written nowhere.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Tệp văn bản/HTML, hoặc - để đọc từ stdin / text or HTML file, or - for stdin" };
        var referenceDate = new Option<string?>("--reference-date") { Description = "yyyy-MM-dd: năm của tháng không ghi năm / the year of a month written without one" };
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON / print JSON" };
        var save = new Option<bool>("--save") { Description = "Lưu thành số liệu báo cáo (tách khỏi số liệu có cấu trúc) / save as reported figures, apart from the facts" };
        var url = new Option<string?>("--url") { Description = "Địa chỉ nguồn của văn bản / where the text was published" };
        var command = new Command("extract", "Đọc số liệu hồ sơ từ văn bản / read dossier figures from prose") { file, referenceDate, json, save, url };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            DateOnly reference = DateOnly.FromDateTime(DateTime.Today);
            if (parse.GetValue(referenceDate) is { } r && !DayText.TryParse(r, out reference))
            {
                Console.Error.WriteLine($"--reference-date: cần yyyy-MM-dd, năm 1900–2100 / expected yyyy-MM-dd, years 1900–2100: '{r}'");
                return ExitCodes.BadInput;
            }
            // As /reported asks of it: the column holds 2,000 characters, and PostgreSQL refused a longer one with the whole source.
            if (parse.GetValue(url) is { } address && !(address.Length <= 2000 && Uri.TryCreate(address, UriKind.Absolute, out var u)
                    && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)))
            {
                Console.Error.WriteLine("--url: cần một URL http(s) tới 2000 ký tự / expected an http(s) URL of up to 2000 characters");
                return ExitCodes.BadInput;
            }
            if (path != "-" && ImportOutput.Unreadable(new FileInfo(path))) return ExitCodes.BadInput;
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var limits = scope.ServiceProvider.GetRequiredService<IOptions<NarrativeLimits>>().Value;
            string? text;
            if (path == "-") text = await limits.ReadAsync(Console.In, ct);
            else
            {
                await using var file = File.OpenRead(path);
                try
                {
                    text = await NotUtf8Exception.ReadTextAsync(file, reader => limits.ReadAsync(reader, ct));
                }
                catch (NotUtf8Exception notUtf8)
                {
                    Console.Error.WriteLine($"{path}:{notUtf8.Line}: {notUtf8.MessageVi} / {notUtf8.Message}");
                    return ExitCodes.BadInput;
                }
            }
            if (text is null)
            {
                Console.Error.WriteLine($"{path}: {limits.TooLongVi} / {limits.TooLongEn}");
                return ExitCodes.BadInput;
            }
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            var units = await UnitDirectory.LoadAsync(db, ct);
            var fields = await db.Fields.AsNoTracking().ToListAsync(ct);
            var statements = NarrativeExtractor.Extract(text, units, fields, reference, ct);
            if (parse.GetValue(json)) Console.Out.WriteLine(NarrativeJson.Write(statements));
            else Print(statements);
            if (parse.GetValue(save))
            {
                var source = await scope.ServiceProvider.GetRequiredService<ReportedFigureStore>()
                    .SaveAsync(path == "-" ? "stdin" : Path.GetFileName(path), parse.GetValue(url), reference, text, statements, ct);
                Console.Error.WriteLine($"Đã lưu nguồn {source.Id} với {source.Figures.Count} số liệu báo cáo / saved source {source.Id} with {source.Figures.Count} reported figures");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IReadOnlyList<NarrativeStatement> statements)
    {
        if (statements.Count == 0) Console.Out.WriteLine("Không tìm thấy số liệu hồ sơ / no dossier figures found");
        foreach (var s in statements)
        {
            var unit = s.Province is null ? s.UnitLabel : $"{s.UnitLabel} ({s.Commune?.Code ?? s.Province.Code})";
            Console.Out.WriteLine($"{unit}, {s.PeriodText} ({s.PeriodStart:yyyy-MM-dd}–{s.PeriodEnd:yyyy-MM-dd})");
            foreach (var (name, f) in s.Figures) Console.Out.WriteLine($"  {name} = {f.Value}{(f.Approximate ? " (≈)" : "")}  [{f.Start}–{f.End}]");
            foreach (var field in s.Fields)
                foreach (var (name, f) in field.Figures) Console.Out.WriteLine($"  {field.FieldText}: {name} = {f.Value}  [{f.Start}–{f.End}]");
        }
    }
}
