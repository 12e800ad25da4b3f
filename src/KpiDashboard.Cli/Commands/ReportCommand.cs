using System.CommandLine;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class ReportCommand
{
    public static Command Create() =>
        new("report", "Báo cáo Excel / Excel reports") { Form06(), National() };

    private static Option<Language> LanguageOption() => new("--lang")
    {
        Description = "Ngôn ngữ / language: vi | en",
        DefaultValueFactory = _ => Language.Vi,
        CustomParser = r => LanguageText.TryParse(r.Tokens[0].Value, out var language) ? language.Value : Fail(r),
    };

    private static Language Fail(System.CommandLine.Parsing.ArgumentResult r)
    {
        r.AddError("--lang: vi hoặc/or en");
        return Language.Vi;
    }

    private static Option<FileInfo?> Out() => new("--out") { Description = "Tệp kết quả; mặc định lưu vào reports/ / output file; default: archive under reports/" };

    private static Command Form06()
    {
        var scope = new ScopeOptions();
        var lang = LanguageOption();
        var output = Out();
        var command = new Command("form06", "Biểu số 06/VPCP/KSTT cho một phạm vi và kỳ / the official form for a scope and period") { lang, output };
        scope.AddTo(command, withField: false);
        command.SetAction((parse, ct) => RunAsync(parse, scope, ReportKind.Form06, parse.GetValue(lang), parse.GetValue(output), ct));
        return command;
    }

    private static Command National()
    {
        var period = new ScopeOptions();
        var lang = LanguageOption();
        var output = Out();
        var command = new Command("national", "Bảng tổng hợp toàn quốc / the national summary workbook") { period.Period, lang, output };
        command.SetAction((parse, ct) => RunAsync(parse, period, ReportKind.National, parse.GetValue(lang), parse.GetValue(output), ct));
        return command;
    }

    internal static async Task<int> RunAsync(ParseResult parse, ScopeOptions scope, ReportKind kind, Language language, FileInfo? output, CancellationToken ct)
    {
        var started = ReportPhases.Mark.Now();
        var warmUp = ReportWarmUp.Start(kind, language);
        await using var services = await CliServices.OpenAsync(parse, ct);
        var phases = services.ServiceProvider.GetRequiredService<ReportPhases>();
        phases.EndStartUp(started, "services, EF model and migrations check");
        var resolved = await scope.ResolveAsync(parse, services.ServiceProvider.GetRequiredService<KpiDbContext>(), ct);
        if (resolved is not { } r) return ExitCodes.BadInput;
        var report = await services.ServiceProvider.GetRequiredService<ReportFactory>().CreateAsync(kind, r.Scope, r.Period, language, ct);
        var saved = await ReportOutput.SaveAsync(services.ServiceProvider, report, r.Period, output, ct);
        phases.End("save");
        await warmUp;
        return saved;
    }
}
