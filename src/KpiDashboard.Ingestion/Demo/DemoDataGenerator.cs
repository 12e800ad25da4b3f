using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Demo;

/// <summary>
/// A deterministic synthetic dataset: every province's provincial agencies, the built-in fields, monthly from
/// January 2024 to the given month, consistent with the form's identities and with carried over = last month's pending.
/// With the history units (<see cref="DemoHistory"/>) the months before July 2025 are in the old units, and each
/// series goes on across the date (July's carried over is the predecessors' June pending); without them every month
/// is in today's units.
/// Phú Thọ's July 2025 is the seed article's figures exactly. Given the commune list, also the communes' figures
/// (<see cref="DemoCommuneFigures"/>), which leave the provincial agencies' rows as they are.
/// </summary>
public static class DemoDataGenerator
{
    public static readonly Month FirstMonth = new(2024, 1);
    public static readonly Month SeedMonth = new(2025, 7);
    public const string SeedProvince = "25";

    // The seed article: 91 received (43 radio frequencies, 34 intellectual property), 73 resolved, 55 early.
    private static readonly Dictionary<string, (int Received, int Resolved, int Early)> Seed = new()
    {
        [BuiltInFields.RadioFrequencies] = (43, 35, 27),
        [BuiltInFields.IntellectualProperty] = (34, 27, 20),
        ["TCDLCL"] = (4, 3, 2),
        ["HDKHCN"] = (3, 3, 2),
        ["NLNT"] = (3, 2, 2),
        ["BC"] = (2, 2, 1),
        ["VT"] = (2, 1, 1),
    };

    private static readonly Dictionary<string, double> FieldWeight = new()
    {
        [BuiltInFields.RadioFrequencies] = 1.0, [BuiltInFields.IntellectualProperty] = 0.8, ["TCDLCL"] = 0.35,
        ["HDKHCN"] = 0.2, ["NLNT"] = 0.15, ["BC"] = 0.12, ["VT"] = 0.18,
    };

    public static IEnumerable<FigureRow> Generate(Month lastMonth, IReadOnlyList<Commune> communes, DemoHistory? history = null)
    {
        var row = 0;
        foreach (var r in Generate(lastMonth, history)) yield return r with { Row = ++row };
        foreach (var r in DemoCommuneFigures.Generate(lastMonth, communes, history)) yield return r with { Row = ++row };
    }

    /// <summary>
    /// The provincial agencies' rows. With <paramref name="history"/>, months before July 2025 are filed by the old
    /// provinces (a province of today's volume shared among those that went into it, by size), and a province of today
    /// starts in July 2025 with its predecessors' June pending as its carried-over count.
    /// </summary>
    public static IEnumerable<FigureRow> Generate(Month lastMonth, DemoHistory? history = null)
    {
        var row = 0;
        var lastOld = Month.FromKey(UnitValidity.FirstNewPeriod).Previous;
        foreach (var province in BuiltInProvinces.All)
        {
            var size = Size(province.Code, province.Kind);
            var predecessors = history?.PredecessorsOf(province.Code) ?? [];
            foreach (var field in BuiltInFields.All)
            {
                var random = new Random(int.Parse(province.Code, System.Globalization.CultureInfo.InvariantCulture) * 100 + field.Code.Length * 7 + field.Code[0]);
                var volume = 30 * size * FieldWeight.GetValueOrDefault(field.Code, 0.1) * (0.7 + random.NextDouble() * 0.6);
                var lateTendency = random.NextDouble() * 0.08;
                var pending = (int)Math.Round(volume * 0.15);
                var first = FirstMonth;
                if (predecessors.Count > 0)
                {
                    pending = 0;
                    var sizes = predecessors.Sum(p => Size(p.Code, p.Kind));
                    foreach (var old in predecessors)
                    {
                        var oldRandom = new Random(int.Parse(old.Code, System.Globalization.CultureInfo.InvariantCulture) * 100 + field.Code.Length * 7 + field.Code[0] + 50_000);
                        var share = volume * Size(old.Code, old.Kind) / sizes * (0.85 + oldRandom.NextDouble() * 0.3);
                        var oldLate = oldRandom.NextDouble() * 0.08;
                        var oldPending = (int)Math.Round(share * 0.15);
                        for (var month = FirstMonth; month <= lastOld && month <= lastMonth; month = month.AddMonths(1))
                        {
                            var values = NextMonth(oldRandom, month, share, oldLate, oldPending, old.Code, field.Code);
                            oldPending = values.Pending!.Value;
                            yield return new FigureRow(++row, new FactKey(month.Key, old.Code, null, field.Code), values);
                        }
                        pending += oldPending;
                    }
                    first = lastOld.AddMonths(1);
                }
                for (var month = first; month <= lastMonth; month = month.AddMonths(1))
                {
                    var values = NextMonth(random, month, volume, lateTendency, pending, province.Code, field.Code);
                    pending = values.Pending!.Value;
                    yield return new FigureRow(++row, new FactKey(month.Key, province.Code, null, field.Code), values);
                }
            }
        }
    }

    private static double Size(string code, string kind) => code is "01" or "79" ? 4.0 : kind == "Thành phố" ? 2.0 : 1.0;

    private static Measures NextMonth(Random random, Month month, double volume, double lateTendency, int carried, string province, string field)
    {
        var monthsIn = (month.Year - FirstMonth.Year) * 12 + month.Number - 1;
        var seasonal = month.Number is 1 or 2 ? 0.8 : month.Number == 12 ? 1.2 : 1.0;
        var received = Math.Max(0, (int)Math.Round(volume * seasonal * (0.8 + random.NextDouble() * 0.4)));
        // Online share grows from about 45% to 75% over the demo years.
        var onlineShare = Math.Min(0.95, 0.45 + monthsIn * 0.01 + random.NextDouble() * 0.1);
        var handled = received + carried;
        var resolved = (int)Math.Round(handled * (0.75 + random.NextDouble() * 0.15));
        var early = (int)Math.Round(resolved * (0.5 + random.NextDouble() * 0.3));
        var late = Math.Min(resolved - early, (int)Math.Round(resolved * lateTendency * random.NextDouble() * 2));

        if (province == SeedProvince && month == SeedMonth && Seed.TryGetValue(field, out var seed))
        {
            received = seed.Received;
            handled = received + carried;
            resolved = seed.Resolved;
            early = seed.Early;
            late = 0;
        }

        var online = (int)Math.Round(received * onlineShare);
        var pending = handled - resolved;
        var overdue = (int)Math.Round(pending * random.NextDouble() * 0.15);
        return new Measures
        {
            ReceivedOnline = online, ReceivedOffline = received - online, CarriedOver = carried,
            ResolvedEarly = early, ResolvedOnTime = resolved - early - late, ResolvedLate = late,
            PendingWithin = pending - overdue, PendingOverdue = overdue,
        }.WithDerivedTotals();
    }
}
