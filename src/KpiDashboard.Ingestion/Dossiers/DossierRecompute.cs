using System.Security.Cryptography;
using System.Text;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Safety;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// Recomputes what the stored dossiers give on the current working-day calendar and rules: the due dates that came from
/// handling_days, and the figures of the windows asked for, written as one batch through the batch writer (only changed
/// facts staged, so unchanged figures of an approved month do not stop it; a changed one does, like any write).
/// Each province's dossiers are streamed into one <see cref="DossierFigures"/>, so memory holds the facts, not the dossiers. A window's figures come from every stored dossier that counts in it, whichever list brought it.
/// </summary>
public sealed class DossierRecompute(KpiDbContext db, BatchWriter writer, IOptions<DossierRuleOptions>? ruleOptions = null, IReportingWindows? windows = null)
{
    /// <param name="From">The first window to recompute; null for each province's first.</param>
    /// <param name="To">The last window; null for each province's last (its latest received or finished date).</param>
    /// <param name="ProvinceCode">Today's province; null for every province with dossiers.</param>
    public sealed record Request(Month? From, Month? To, string? ProvinceCode, bool DryRun, AuditNote? Audit = null);

    /// <param name="DueDatesChanged">Dossiers whose due date (from handling_days) the current calendar moves.</param>
    /// <param name="Computed">Facts computed; those that differ from the stored ones are the batch's rows.</param>
    public sealed record Outcome(IngestResult Result, int DossiersRead, int DueDatesChanged, int Computed);

    /// <summary>How many times a recompute starts over when another command wrote while it read.</summary>
    public const int Attempts = 3;

    public async Task<Outcome> RunAsync(Request request, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(request, ct);
            }
            catch (ReadWentStale) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (ReadWentStale)
            {
                throw new DatabaseRefusedException(
                    $"Dữ liệu thay đổi trong lúc tính lại ({Attempts} lần): không ghi gì; hãy chạy lại lệnh khi không còn lệnh ghi nào khác.",
                    $"The data changed while it was recomputed ({Attempts} times): nothing written; run the command again when no other write is running.",
                    badInput: false);
            }
        }
    }

    /// <summary>
    /// One pass. Reading happens outside the batch's transaction (a year of dossiers streams for seconds), so a batch, rollback
    /// or calendar import committed meanwhile would be overwritten by figures of before it: the stamp taken before reading
    /// is taken again under the batch's lock, and the pass is thrown away when it moved.
    /// </summary>
    private async Task<Outcome> RunOnceAsync(Request request, CancellationToken ct)
    {
        var stamp = await StampAsync(ct);
        var rules = new DossierRules(await CalendarStore.LoadAsync(db, ct), windows, ruleOptions?.Value);
        var oldUnitsKnown = await db.Provinces.IgnoreQueryFilters().AnyAsync(p => p.ValidTo != null, ct);
        var scope = db.Dossiers.AsNoTracking();
        if (request.ProvinceCode is { } only) scope = scope.Where(d => d.ProvinceCode == only);
        var spans = await scope
            .GroupBy(d => d.ProvinceCode)
            .Select(g => new { Province = g.Key, Received = g.Min(d => d.ReceivedOn), LastReceived = g.Max(d => d.ReceivedOn), LastFinished = g.Max(d => d.FinishedOn) })
            .ToListAsync(ct);

        var figures = new Dictionary<FactKey, Measures>();
        var moved = new Dictionary<(DateOnly Received, int Days), DateOnly>();
        var dueFrom = new Dictionary<(DateOnly Received, int Days), DateOnly>();
        var changedDossiers = 0;
        var read = 0;
        var done = new List<(string Province, DateOnly From, DateOnly To)>();
        foreach (var span in spans.OrderBy(s => s.Province, StringComparer.Ordinal))
        {
            var last = span.LastFinished is { } f && f > span.LastReceived ? f : span.LastReceived;
            var first = rules.Windows.WindowOf(span.Received);
            var window = new DossierFigures.Span(Later(first, request.From), Earlier(rules.Windows.WindowOf(last), request.To),
                oldUnitsKnown ? Month.FromKey(UnitValidity.FirstNewPeriod) : first);
            if (window.First > window.Last) continue;
            var (from, to) = (rules.Windows.FirstDay(window.First), rules.Windows.LastDay(window.Last));
            done.Add((span.Province, from, to));
            var counter = new DossierFigures(rules, window);
            // Only what the rules and the fact key need: the codes of a dossier and its procedure do not count.
            var stored = Counting(span.Province, from, to).Select(d => new
            {
                d.ProvinceCode, d.CommuneCode, d.FieldCode, d.OldProvinceCode, d.OldCommuneCode, d.Online, d.ReceivedOn, d.DueOn,
                d.HandlingDays, d.DueFromHandlingDays, d.SupplementRequests, d.SupplementDays, d.FinishedOn, d.Outcome,
            });
            await foreach (var d in stored.AsAsyncEnumerable().WithCancellation(ct))
            {
                read++;
                var dates = new DossierDates(d.Online, d.ReceivedOn, d.DueOn, d.SupplementRequests, d.SupplementDays, d.FinishedOn, d.Outcome);
                if (d.DueFromHandlingDays && d.HandlingDays is { } days)
                {
                    if (!dueFrom.TryGetValue((d.ReceivedOn, days), out var due)) dueFrom[(d.ReceivedOn, days)] = due = rules.DueFrom(d.ReceivedOn, days);
                    if (due != d.DueOn)
                    {
                        moved[(d.ReceivedOn, days)] = due;
                        changedDossiers++;
                        dates = dates with { DueOn = due };
                    }
                }
                counter.Add(new DossierRow(0, d.ProvinceCode, d.CommuneCode, d.FieldCode, "", "", null, d.HandlingDays, dates,
                    d.OldProvinceCode, d.OldCommuneCode, d.DueFromHandlingDays));
            }
            Add(figures, counter.Result());
        }

        var rows = await ChangedAsync(figures, ct);
        var source = $"dossiers recompute {request.From?.ToString() ?? "…"}..{request.To?.ToString() ?? "…"}{(request.ProvinceCode is { } p ? " province " + p : "")}";
        var hash = Hash(source, rows);
        var file = new FigureFile.Result(rows, [], rows.Count, AllMeasures);
        var options = new IngestOptions(DryRun: request.DryRun, Audit: request.Audit, Channel: SubmissionChannel.Cli);
        var result = rows.Count == 0
            ? new IngestResult { SourceName = source, SourceHash = hash, DryRun = request.DryRun }
            : await writer.WriteAsync(file, source, hash, options, ct, async batchId =>
            {
                await StillAsync(stamp, ct, batchId);
                await MoveDueDatesAsync(moved, done, batchId, ct);
            });
        if (result.Succeeded && !request.DryRun && result.BatchId is null && moved.Count > 0)
        {
            // The figures did not change, the due dates did: kept with the dossiers' last batch.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(new Batches.Staging.StagingSql(db.Database.IsNpgsql()).LockBatches(), ct);
            await StillAsync(stamp, ct);
            await MoveDueDatesAsync(moved, done, null, ct);
            await tx.CommitAsync(ct);
        }
        return new Outcome(result with { RowsRead = read, Unchanged = result.Unchanged + figures.Count - rows.Count }, read, changedDossiers, figures.Count);
    }

    /// <summary>The dossiers that count in some window from <paramref name="from"/> to <paramref name="to"/>, with what the rules need.</summary>
    private IQueryable<Dossier> Counting(string province, DateOnly from, DateOnly to) =>
        db.Dossiers.AsNoTracking().Where(d => d.ProvinceCode == province && d.ReceivedOn <= to && (d.FinishedOn == null || d.FinishedOn >= from));

    /// <summary>What a write by another command changes: its batches, their rollbacks, the imported calendar.</summary>
    /// <param name="own">The recompute's own batch, once written: not another command's.</param>
    private async Task<Stamp> StampAsync(CancellationToken ct, int own = 0) => (await db.Database.SqlQueryRaw<Stamp>(
        "SELECT MAX(\"Id\") AS \"LastBatch\", COUNT(\"RolledBackUtc\") AS \"RolledBack\", " +
        "(SELECT COUNT(*) FROM \"CalendarDays\") AS \"Days\", (SELECT MAX(\"ImportedUtc\") FROM \"CalendarDays\") AS \"LastImport\" " +
        "FROM \"Batches\" WHERE \"Id\" <> {0}", own).ToListAsync(ct)).Single();

    private async Task StillAsync(Stamp before, CancellationToken ct, int own = 0)
    {
        if (await StampAsync(ct, own) != before) throw new ReadWentStale();
    }

    private sealed record Stamp(long? LastBatch, long RolledBack, long Days, long? LastImport);

    private sealed class ReadWentStale : Exception;

    private static Month Later(Month a, Month? b) => b is { } m && m > a ? m : a;

    private static Month Earlier(Month a, Month? b) => b is { } m && m < a ? m : a;

    /// <summary>Adds a province's figures; summed, should two provinces' dossiers ever count in one unit's fact.</summary>
    private static void Add(Dictionary<FactKey, Measures> figures, IReadOnlyList<FigureRow> rows)
    {
        foreach (var row in rows)
            figures[row.Key] = figures.TryGetValue(row.Key, out var sum) ? Sum(sum, row.Values) : row.Values;
    }

    private static Measures Sum(Measures a, Measures b) => new Measures
    {
        ReceivedOnline = a.ReceivedOnline + b.ReceivedOnline, ReceivedOffline = a.ReceivedOffline + b.ReceivedOffline,
        CarriedOver = a.CarriedOver + b.CarriedOver, ResolvedEarly = a.ResolvedEarly + b.ResolvedEarly,
        ResolvedOnTime = a.ResolvedOnTime + b.ResolvedOnTime, ResolvedLate = a.ResolvedLate + b.ResolvedLate,
        PendingWithin = a.PendingWithin + b.PendingWithin, PendingOverdue = a.PendingOverdue + b.PendingOverdue,
    }.WithDerivedTotals();

    /// <summary>
    /// The computed facts that differ from the stored ones; a fact not stored is added unless it is all zeros (a window the
    /// lists never covered is not invented).
    /// </summary>
    private async Task<List<FigureRow>> ChangedAsync(Dictionary<FactKey, Measures> figures, CancellationToken ct)
    {
        var rows = new List<FigureRow>();
        foreach (var group in figures.GroupBy(f => (f.Key.Period, f.Key.ProvinceCode)).OrderBy(g => g.Key.Period).ThenBy(g => g.Key.ProvinceCode, StringComparer.Ordinal))
        {
            var (period, province) = group.Key;
            var stored = await db.Facts.AsNoTracking().Where(f => f.Period == period && f.ProvinceCode == province)
                .Select(f => new { f.CommuneCode, f.FieldCode, f.Values }).ToListAsync(ct);
            var byKey = stored.ToDictionary(f => (f.CommuneCode, f.FieldCode), f => f.Values);
            foreach (var (key, values) in group.OrderBy(f => f.Key.CommuneCode, StringComparer.Ordinal).ThenBy(f => f.Key.FieldCode, StringComparer.Ordinal))
            {
                var known = byKey.TryGetValue((key.CommuneCode, key.FieldCode), out var old);
                if (known ? old == values : values.Handled == 0) continue;
                rows.Add(new FigureRow(rows.Count + 1, key, values));
            }
        }
        return rows;
    }

    /// <summary>Moves the due dates in the batch's transaction: one statement per received day and handling time that moved.</summary>
    private async Task MoveDueDatesAsync(Dictionary<(DateOnly Received, int Days), DateOnly> moved, List<(string Province, DateOnly From, DateOnly To)> done,
        int? batchId, CancellationToken ct)
    {
        foreach (var ((received, days), due) in moved)
        {
            foreach (var (province, from, to) in done)
            {
                if (received > to) continue;
                var dossiers = Counting(province, from, to).Where(d => d.DueFromHandlingDays && d.ReceivedOn == received && d.HandlingDays == days && d.DueOn != due);
                if (batchId is { } id)
                {
                    // Kept as they were, so that rolling the recompute back puts their due dates back too.
                    await db.Database.ExecuteSqlRawAsync(ReplacedDossierSql.KeepMoved, [id, province, from, received, days, due], ct);
                    await dossiers.ExecuteUpdateAsync(s => s.SetProperty(d => d.DueOn, due).SetProperty(d => d.BatchId, id), ct);
                }
                else await dossiers.ExecuteUpdateAsync(s => s.SetProperty(d => d.DueOn, due), ct);
            }
        }
    }

    private static string Hash(string source, IReadOnlyList<FigureRow> rows)
    {
        var text = new StringBuilder(source);
        foreach (var row in rows) text.Append('\n').Append(row.Key).Append(' ').Append(row.Values);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// What to say after a calendar import when dossiers are stored (null when none are): their due dates and figures were
    /// computed on the calendar before, and the command that recomputes them from December before the first year changed,
    /// since a dossier received then can fall due in it.
    /// </summary>
    public static async Task<(string Vi, string En)?> NeededAfterImportAsync(KpiDbContext db, IReadOnlyList<int> years, CancellationToken ct)
    {
        if (years.Count == 0 || !await db.Dossiers.AnyAsync(ct)) return null;
        var command = $"kpi dossiers recompute --from {years.Min() - 1}-12";
        return ($"Các hồ sơ đã lưu được tính theo lịch trước: cần tính lại hạn giải quyết và số liệu bằng lệnh {command}.",
            $"The stored dossiers were counted on the calendar before: recompute their due dates and figures with {command}.");
    }

    private static readonly IReadOnlySet<FigureColumn> AllMeasures =
        Enum.GetValues<FigureColumn>().Where(c => c >= FigureColumn.ReceivedOnline).ToHashSet();
}
