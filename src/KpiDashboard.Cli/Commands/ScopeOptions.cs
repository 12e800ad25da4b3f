using System.CommandLine;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Cli.Commands;

/// <summary>The --period, --province, --commune and --field options shared by the report commands.</summary>
internal sealed class ScopeOptions
{
    public Option<string> Period { get; } = new("--period") { Description = "Tháng, quý, nửa năm hoặc năm: 2025-07, 2025-Q3, 2025-H1, 2025 / month, quarter, half or year", Required = true };
    public Option<string?> Province { get; } = new("--province") { Description = "Mã hoặc tên tỉnh / province code or name" };
    public Option<string?> Commune { get; } = new("--commune") { Description = "Mã hoặc tên xã, phường / commune code or name" };
    public Option<string?> Field { get; } = new("--field") { Description = "Mã hoặc tên lĩnh vực / field code or name" };

    public void AddTo(Command command, bool withField)
    {
        command.Options.Add(Period);
        command.Options.Add(Province);
        command.Options.Add(Commune);
        if (withField) command.Options.Add(Field);
    }

    /// <summary>The period and scope asked for, or null after printing why they are not valid.</summary>
    public async Task<(Period Period, Scope Scope)?> ResolveAsync(ParseResult parse, KpiDbContext db, CancellationToken ct)
    {
        if (!Metrics.Periods.Period.TryParse(parse.GetValue(Period), out var period))
        {
            Console.Error.WriteLine($"--period: kỳ không hợp lệ / invalid period '{parse.GetValue(Period)}' (2025-07, 2025-Q3, 2025-H1, 2025)");
            return null;
        }
        if (parse.GetValue(Province) is not null && parse.GetValue(Commune) is not null)
        {
            Console.Error.WriteLine("--province và --commune không dùng cùng nhau / give --province or --commune, not both");
            return null;
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        var resolution = ScopeResolver.Resolve(units, parse.GetValue(Province), parse.GetValue(Commune), parse.GetValue(Field), period.First.Key);
        if (resolution.Scope is null)
        {
            Console.Error.WriteLine($"{resolution.Error} / {resolution.ErrorEn}");
            return null;
        }
        return (period, resolution.Scope);
    }
}
