using System.Data.Common;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>
/// <see cref="Staging.StagingSql.CarriedOverAcrossTheDate"/> over a first load's keys in memory: a July 2025 commune row whose
/// predecessors all went into it whole is compared with the sum of their June 2025 pending, once every one of them is in
/// the file (Facts is empty). The rows come in row order, and so do the warnings. The links are read with the same joins as that query, so a commune gets the same checks.
/// </summary>
internal static class AcrossTheDate
{
    public static readonly int LastOldPeriod = Month.FromKey(UnitValidity.FirstNewPeriod).Previous.Key;

    /// <summary>(new code, old code, link kind, old commune's province, new commune's kind and name) per link of a commune.</summary>
    private const string Links =
        "SELECT l.\"NewCode\", l.\"OldCode\", l.\"Kind\", o.\"ProvinceCode\", n.\"Kind\", n.\"Name\" FROM \"UnitLinks\" l " +
        "JOIN \"Communes\" o ON o.\"Code\" = l.\"OldCode\" AND o.\"ValidTo\" IS NOT NULL " +
        "JOIN \"Communes\" n ON n.\"Code\" = l.\"NewCode\" AND n.\"ValidTo\" IS NULL WHERE l.\"Level\" = 'commune'";

    private sealed record Link(string OldCode, string Kind, string OldProvince);

    /// <summary>(row, carried over, predecessors' June pending, "kind name (code)" of the commune), in row order.</summary>
    public static async Task<List<(int Row, int CarriedOver, int Pending, string Commune)>> MismatchesAsync(
        DbConnection connection, DbTransaction tx, FirstLoadKeys.Findings keys, CancellationToken ct)
    {
        var found = new List<(int Row, int CarriedOver, int Pending, string Commune)>();
        if (keys.July.Count == 0) return found;
        // Grouped as the query groups them: by the new commune's row of Communes.
        var successors = new Dictionary<string, Dictionary<(string Kind, string Name), List<Link>>>(StringComparer.Ordinal);
        await foreach (var (newCode, link, kind, name) in BatchWriter.QueryAsync(connection, tx, Links,
            r => (r.GetString(0), new Link(r.GetString(1), r.GetString(2), r.GetString(3)), r.GetString(4), r.GetString(5)), ct))
        {
            if (!successors.TryGetValue(newCode, out var communes)) successors[newCode] = communes = [];
            if (!communes.TryGetValue((kind, name), out var links)) communes[(kind, name)] = links = [];
            links.Add(link);
        }
        foreach (var (row, carried, commune, field) in keys.July)
        {
            if (!successors.TryGetValue(commune, out var communes)) continue;
            foreach (var ((kind, name), links) in communes)
            {
                if (links.Any(l => l.Kind != Metrics.Entities.UnitLink.Whole)) continue;
                var pending = links.Select(l => keys.JunePendingOf(l.OldProvince, l.OldCode, field)).ToList();
                if (pending.Any(p => p is null)) continue;
                var sum = pending.Sum(p => (long)p!.Value);
                if (sum != carried) found.Add((row, carried, (int)sum, $"{kind} {name} ({commune})"));
            }
        }
        return found;
    }
}
