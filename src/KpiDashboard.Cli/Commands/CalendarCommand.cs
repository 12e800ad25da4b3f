using System.CommandLine;
using System.Globalization;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class CalendarCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV date,kind,source (kind: off | work)" };
        var import = new Command("import", "Nhập lịch nghỉ, làm bù của một năm / import a year's schedule of days off and Saturdays worked") { file };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (ImportOutput.Unreadable(path, ScheduleFile.MaxBytes)) return ExitCodes.BadInput;
            if (await ImportOutput.Utf8TextAsync(path, ct) is not { } text) return ExitCodes.BadInput;
            ScheduleFile.Result read;
            using (var reader = new StringReader(text)) read = ScheduleFile.Read(reader);
            if (read.Problems.Count > 0 || read.Days.Count == 0)
            {
                foreach (var line in IngestText.Listed([.. read.Problems.Select(p => $"{path.Name}:{p.Line}:{p.Column}: {p.Message} / {p.MessageEn}")]))
                    Console.Error.WriteLine(line);
                if (read.Days.Count == 0 && read.Problems.Count == 0) Console.Error.WriteLine($"{path.Name}: tệp không có ngày nào / the file names no day");
                Console.Error.WriteLine($"{path.Name}: không ghi gì / nothing written");
                return ExitCodes.BadInput;
            }
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<KpiDbContext>();
            var years = await CalendarStore.ImportAsync(db, read.Days, services.GetRequiredService<TimeProvider>(), ct);
            Console.Out.WriteLine($"{path.Name}: {read.Days.Count} ngày, thay lịch năm / days, replacing the schedule of {string.Join(", ", years)}");
            if (await DossierRecompute.NeededAfterImportAsync(db, years, ct) is { } needed) Console.Out.WriteLine($"{needed.Vi} / {needed.En}");
            return ExitCodes.Ok;
        });

        var year = new Option<int>("--year") { Description = "năm / year", Required = true };
        var list = new Command("list", "Ngày nghỉ và ngày làm bù của một năm / days off and Saturdays worked in a year") { year };
        list.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var calendar = await CalendarStore.LoadAsync(scope.ServiceProvider.GetRequiredService<KpiDbContext>(), ct);
            var y = parse.GetValue(year);
            if (y is < 1900 or > 2199)
            {
                Console.Error.WriteLine($"--year {y}: ngoài 1900-2199 / outside 1900-2199");
                return ExitCodes.BadInput;
            }
            var sources = calendar.Scheduled.ToDictionary(d => d.Date, d => d.Source);
            for (var d = new DateOnly(y, 1, 1); d.Year == y; d = d.AddDays(1))
            {
                var weekend = PublicHolidays.IsWeekend(d);
                if (calendar.IsWorkingDay(d) == !weekend && !sources.ContainsKey(d)) continue;
                var what = calendar.IsWorkingDay(d) ? "làm việc / work" : "nghỉ / off";
                var why = sources.TryGetValue(d, out var source) ? source : "Bộ luật Lao động 2019, Điều 112 / Labour Code 2019, Art. 112";
                Console.Out.WriteLine($"{d.ToString("yyyy-MM-dd ddd", CultureInfo.GetCultureInfo("vi-VN"))}  {what}  {why}");
            }
            return ExitCodes.Ok;
        });
        return new Command("calendar", "Lịch ngày làm việc / the working-day calendar") { import, list };
    }
}
