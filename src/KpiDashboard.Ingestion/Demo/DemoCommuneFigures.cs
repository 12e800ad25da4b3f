using System.Globalization;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Demo;

/// <summary>
/// The demo's commune-level figures, from July 2025 (when the communes of the two-level local government took over) in
/// the fields the demo assumes were decentralised to them: standards, metrology and quality (TCDLCL) and
/// telecommunications and the Internet (VT). Wards receive several times what rural communes do; about one commune in
/// thirty never sends figures and a few more skip a month now and then; about one in twenty resolves late and carries
/// an overdue backlog. Deterministic per commune code. With the history units (<see cref="DemoHistory"/>), the old
/// communes that went into the communes of <see cref="DemoHistory.CommuneProvinces"/> report the same fields from
/// January 2024 to June 2025, and their June pending is what their successor carries over in July 2025.
/// </summary>
public static class DemoCommuneFigures
{
    public static readonly Month FirstMonth = new(2025, 7);

    public static IReadOnlyList<string> Fields { get; } = ["TCDLCL", "VT"];

    private static readonly Dictionary<string, double> FieldWeight = new() { ["TCDLCL"] = 1.0, ["VT"] = 0.6 };

    /// <summary>A commune that never reports in the demo (to show completeness).</summary>
    public static bool IsSilent(string communeCode) => Seed(communeCode) % 31 == 0;

    /// <summary>A commune that resolves late and keeps an overdue backlog in the demo.</summary>
    public static bool IsLate(string communeCode) => Seed(communeCode) % 19 == 1;

    public static IEnumerable<FigureRow> Generate(Month lastMonth, IReadOnlyList<Commune> communes, DemoHistory? history = null)
    {
        // With history, the old communes that went into a commune (first-named successor) report before July 2025.
        var predecessors = history is null
            ? Enumerable.Empty<Commune>().ToLookup(c => c.Code)
            : history.OldCommunes.ToLookup(c => history.CommuneSuccessor[c.Code]);
        var lastOld = FirstMonth.Previous;
        foreach (var commune in communes.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            if (IsSilent(commune.Code)) continue;
            var bigCity = commune.ProvinceCode is "01" or "79";
            var size = commune.Kind switch
            {
                "Phường" => bigCity ? 9.0 : 6.0,
                "Đặc khu" => 1.0,
                _ => 2.0,
            };
            var before = predecessors[commune.Code].ToList();
            foreach (var field in Fields)
            {
                var random = new Random(Seed(commune.Code) * 31 + field.Length);
                var volume = size * FieldWeight[field] * (0.6 + random.NextDouble() * 0.8);
                var late = IsLate(commune.Code);
                var pending = 0;
                foreach (var old in before)
                {
                    // Its share of the commune it became, so the series goes on at about the same volume.
                    var oldRandom = new Random(Seed(old.Code) * 37 + field.Length + 100_000);
                    var oldVolume = volume / before.Count * (0.7 + oldRandom.NextDouble() * 0.6);
                    var oldPending = 0;
                    for (var month = DemoDataGenerator.FirstMonth; month <= lastOld && month <= lastMonth; month = month.AddMonths(1))
                    {
                        // Never June 2025: its pending is what the commune of today carries over in July.
                        var skips = oldRandom.NextDouble() < 0.03 && month != lastOld;
                        var values = NextMonth(oldRandom, oldVolume, late, oldPending);
                        if (skips) continue;
                        oldPending = values.Pending!.Value;
                        yield return new FigureRow(0, new FactKey(month.Key, old.ProvinceCode, old.Code, field), values);
                    }
                    pending += oldPending;
                }
                for (var month = FirstMonth; month <= lastMonth; month = month.AddMonths(1))
                {
                    // Some communes miss a month now and then: their carried-over count still follows the last report.
                    // One with predecessors never misses July 2025, so the series stays continuous across the date.
                    var skips = random.NextDouble() < 0.03 && !(month == FirstMonth && before.Count > 0);
                    var values = NextMonth(random, volume, late, pending);
                    if (skips) continue;
                    pending = values.Pending!.Value;
                    yield return new FigureRow(0, new FactKey(month.Key, commune.ProvinceCode, commune.Code, field), values);
                }
            }
        }
    }

    private static Measures NextMonth(Random random, double volume, bool late, int carried)
    {
        var received = (int)Math.Round(volume * (0.7 + random.NextDouble() * 0.6));
        var handled = received + carried;
        var resolved = (int)Math.Round(handled * (late ? 0.55 + random.NextDouble() * 0.2 : 0.8 + random.NextDouble() * 0.15));
        var early = (int)Math.Round(resolved * (late ? 0.2 : 0.5 + random.NextDouble() * 0.3));
        var lateCount = late ? (int)Math.Round((resolved - early) * (0.3 + random.NextDouble() * 0.3)) : random.NextDouble() < 0.05 ? Math.Min(1, resolved - early) : 0;
        var pending = handled - resolved;
        var overdue = late ? (int)Math.Round(pending * (0.3 + random.NextDouble() * 0.4)) : 0;
        var online = (int)Math.Round(received * (0.4 + random.NextDouble() * 0.4));
        return new Measures
        {
            ReceivedOnline = online, ReceivedOffline = received - online, CarriedOver = carried,
            ResolvedEarly = early, ResolvedOnTime = resolved - early - lateCount, ResolvedLate = lateCount,
            PendingWithin = pending - overdue, PendingOverdue = overdue,
        }.WithDerivedTotals();
    }

    private static int Seed(string communeCode) => int.Parse(communeCode, NumberStyles.None, CultureInfo.InvariantCulture);
}
