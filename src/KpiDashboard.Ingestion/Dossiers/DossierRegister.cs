using System.Data.Common;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// A list is its units' whole register over its windows: a stored fact of one of its units in those windows that came
/// from dossiers (a list's or a recompute's batch) and that the list no longer gives, say a field its dossiers moved
/// out of, becomes zeros, an update the batch's rollback restores. Facts a figures file wrote are left as they are.
/// Reads the stored facts of the list's provinces and windows one at a time and keeps only those to zero.
/// </summary>
internal static class DossierRegister
{
    private static readonly Measures Zeros = default(DossierCounts).ToMeasures();

    /// <summary>The list's figures and, after them, the zeros of the dossier facts of its registers that it does not give.</summary>
    public static async Task<IReadOnlyList<FigureRow>> WithZerosAsync(IReadOnlyList<FigureRow> figures,
        IEnumerable<(string Province, string? Commune, Month From, Month To)> registers, DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        var given = figures.Select(f => f.Key).ToHashSet();
        var missing = new List<(FactKey Key, int Batch)>();
        foreach (var province in registers.GroupBy(r => r.Province))
        {
            var windows = province.ToLookup(r => r.Commune ?? "", r => (r.From, r.To));
            await using var command = BatchWriter.Command(connection, tx, StoredFacts(), [("@province", province.Key),
                ("@from", province.Min(r => r.From).Key), ("@to", province.Max(r => r.To).Key)]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var key = new FactKey(reader.GetInt32(0), province.Key, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
                var month = Month.FromKey(key.Period);
                if (!given.Contains(key) && windows[key.CommuneCode ?? ""].Any(w => w.From <= month && month <= w.To))
                    missing.Add((key, reader.GetInt32(3)));
            }
        }
        if (missing.Count == 0) return figures;
        var fromDossiers = new HashSet<int>();
        foreach (var batch in missing.Select(m => m.Batch).Distinct())
        {
            await using var command = BatchWriter.Command(connection, tx, FromDossiers, [("@batch", batch)]);
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) != 0) fromDossiers.Add(batch);
        }
        var zeros = missing.Where(m => fromDossiers.Contains(m.Batch)).Select(m => m.Key)
            .OrderBy(k => k.Period).ThenBy(k => k.ProvinceCode, StringComparer.Ordinal).ThenBy(k => k.CommuneCode, StringComparer.Ordinal)
            .ThenBy(k => k.FieldCode, StringComparer.Ordinal);
        return [.. figures, .. zeros.Select((key, i) => new FigureRow(figures.Count + i + 1, key, Zeros))];
    }

    /// <summary>(period, commune, field, batch) of the facts of province @province from @from to @to that are not all zeros.</summary>
    private static string StoredFacts() =>
        "SELECT \"Period\", \"CommuneCode\", \"FieldCode\", \"BatchId\" FROM \"Facts\" WHERE \"ProvinceCode\" = @province " +
        $"AND \"Period\" >= @from AND \"Period\" <= @to AND NOT ({string.Join(" AND ", StagingSql.Measures.Select(m => $"COALESCE(\"{m}\", -1) = 0"))})";

    /// <summary>
    /// 1 when batch @batch wrote its facts from dossiers: it wrote or replaced dossiers (still stored or kept), or it is
    /// a recompute (named so by DossierRecompute), which moves due dates only when the calendar changed them.
    /// </summary>
    private const string FromDossiers =
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM \"Batches\" WHERE \"Id\" = @batch AND \"SourceName\" LIKE 'dossiers recompute %') " +
        "OR EXISTS (SELECT 1 FROM \"ReplacedDossiers\" WHERE \"ReplacedByBatchId\" = @batch OR \"BatchId\" = @batch) " +
        "OR EXISTS (SELECT 1 FROM \"Dossiers\" WHERE \"BatchId\" = @batch) THEN 1 ELSE 0 END";
}
