using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Cli.Commands;

/// <summary>
/// `kpi bench narrative`: the time the narrative extractor takes on hostile and ordinary texts of growing size, up to
/// Narrative:MaxChars, to set that limit where extraction stays well under a second.
/// </summary>
internal static class NarrativeBenchCommand
{
    /// <summary>The texts, each one phrase repeated to the size asked: what the audit used, and what prose looks like.</summary>
    private static readonly (string Name, string Phrase)[] Texts =
    [
        ("ones", "1 "),
        ("counts", "1 hồ sơ, "),
        ("digits", "1234567890"),
        ("months", "tháng 7/2025 "),
        ("arabic-indic", "١٢ "),
        ("units", "tỉnh Phú Thọ, xã Thanh Miếu "),
        ("levels", "cấp xã, các sở, ngành "),
        ("rates", "đúng hạn 98%, "),
        ("asides", "(1 hồ sơ) trước hạn "),
        ("verb-counts", "tiếp nhận 1 hồ sơ, trong đó "),
        ("listed", "1 hồ sơ, trước hạn 2, 5%, đúng hạn 3, "),
        ("prose", "Tỉnh Phú Thọ tiếp nhận 91 hồ sơ trong tháng 7/2025, đã giải quyết 73 hồ sơ, trong đó 55 hồ sơ trước hạn. "),
    ];

    public static Command Create()
    {
        var sizes = new Option<string?>("--sizes") { Description = "Cỡ văn bản, ký tự, cách nhau bởi dấu phẩy / text sizes in characters, comma-separated (default 10000,100000,Narrative:MaxChars)" };
        var command = new Command("narrative", "Đo thời gian đọc văn bản / time the narrative extractor") { sizes };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var limit = scope.ServiceProvider.GetRequiredService<IOptions<NarrativeLimits>>().Value.MaxChars;
            var chosen = parse.GetValue(sizes) is { } list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)).ToList()
                : [10_000, 100_000, limit];
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            var units = await UnitDirectory.LoadAsync(db, ct);
            var fields = await db.Fields.AsNoTracking().ToListAsync(ct);
            var reference = new DateOnly(2025, 8, 12);
            NarrativeExtractor.Extract(Texts[^1].Phrase, units, fields, reference, ct);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Narrative:MaxChars = {limit}"));
            foreach (var (name, phrase) in Texts)
                foreach (var size in chosen)
                {
                    var text = Repeat(phrase, size);
                    // Processor time too: on a shared machine the wall clock also counts the other processes' turns.
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    var statements = NarrativeExtractor.Extract(text, units, fields, reference, ct);
                    var wall = clock.Elapsed.TotalMilliseconds;
                    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name,-13} {size,9} chars {wall,9:F0} ms wall {cpu.TotalMilliseconds,9:F0} ms cpu  {statements.Count} statements"));
                }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Repeat(string phrase, int size)
    {
        var text = new StringBuilder(size + phrase.Length);
        while (text.Length < size) text.Append(phrase);
        return text.ToString(0, size);
    }
}
