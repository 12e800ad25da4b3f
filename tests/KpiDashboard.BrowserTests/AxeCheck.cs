using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests;

/// <summary>
/// axe-core, the copy Deque.AxeCore.Commons carries, run in the page with only its violations reported. Deque's
/// Playwright runner also collects every passing node, which made a page's check 4–7 times slower.
/// </summary>
internal static class AxeCheck
{
    public sealed record Violation(string Id, string Impact, string Help, string Targets);

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("Deque.AxeCore.Commons no longer carries axe.min.js.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'], iframes: false });
          return result.violations.map(v => ({
            id: v.id, impact: v.impact ?? '', help: v.help,
            targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') }));
        }
        """;

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var found = await page.EvaluateAsync<JsonElement>(Run);
        return found.EnumerateArray()
            .Select(v => new Violation(v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString()!,
                v.GetProperty("help").GetString()!, v.GetProperty("targets").GetString()!))
            .ToList();
    }
}
