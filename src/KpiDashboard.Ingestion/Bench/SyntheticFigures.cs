using System.Globalization;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Bench;

/// <summary>
/// Deterministic commune-level figures for benchmarks: every commune × field × month, valid under every identity of
/// the form, and each month's carried-over equal to the previous month's pending. The same arguments give the same bytes.
/// </summary>
public sealed class SyntheticFigures(IReadOnlyList<Commune> communes, int fields, Month first, int months, ulong seed = 1)
{
    public const string Header = "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue";

    /// <summary>The built-in fields first, then synthetic ones (which must be imported: see <see cref="ExtraFields"/>).</summary>
    public IReadOnlyList<Field> Fields { get; } = BuiltInFields.All
        .Concat(Enumerable.Range(BuiltInFields.All.Count + 1, Math.Max(0, fields - BuiltInFields.All.Count)).Select(i => new Field
        {
            Code = $"BENCH{i:D2}", NameVi = $"Lĩnh vực thử tải {i}", NameEn = $"Benchmark field {i}",
        }))
        .Take(fields).ToList();

    public IReadOnlyList<Field> ExtraFields => Fields.Skip(BuiltInFields.All.Count).ToList();

    public long RowCount => (long)communes.Count * Fields.Count * months;

    public async Task WriteAsync(TextWriter output, CancellationToken ct)
    {
        var random = new SplitMix64(seed);
        // One pending count per series (commune × field): next month's carried over.
        var pending = new int[communes.Count * Fields.Count];
        for (var i = 0; i < pending.Length; i++) pending[i] = (int)random.Next(0, 20);
        await output.WriteLineAsync(Header);
        var line = new System.Text.StringBuilder(96);
        for (var m = 0; m < months; m++)
        {
            ct.ThrowIfCancellationRequested();
            var period = first.AddMonths(m).ToString();
            for (var c = 0; c < communes.Count; c++)
            {
                var commune = communes[c];
                for (var f = 0; f < Fields.Count; f++)
                {
                    var series = c * Fields.Count + f;
                    var carried = pending[series];
                    var online = (int)random.Next(0, 60);
                    var offline = (int)random.Next(0, 40);
                    var handled = online + offline + carried;
                    var resolved = handled == 0 ? 0 : (int)random.Next((ulong)handled / 2, (ulong)handled + 1);
                    var early = (int)random.Next(0, (ulong)resolved + 1);
                    var late = (int)random.Next(0, (ulong)(resolved - early) / 4 + 1);
                    var onTime = resolved - early - late;
                    var open = handled - resolved;
                    var overdue = (int)random.Next(0, (ulong)open / 5 + 1);
                    pending[series] = open;
                    line.Clear().Append(period).Append(',').Append(commune.ProvinceCode).Append(',').Append(commune.Code).Append(',')
                        .Append(Fields[f].Code).Append(',')
                        .Append(online.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(offline.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(carried.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(early.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(onTime.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(late.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append((open - overdue).ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(overdue.ToString(CultureInfo.InvariantCulture));
                    await output.WriteLineAsync(line, ct);
                }
            }
        }
    }

    /// <summary>A small, fast, portable generator: the same seed gives the same numbers on every runtime.</summary>
    private sealed class SplitMix64(ulong state)
    {
        public ulong Next(ulong min, ulong maxExclusive)
        {
            state += 0x9E3779B97F4A7C15;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return maxExclusive <= min ? min : min + z % (maxExclusive - min);
        }
    }
}
