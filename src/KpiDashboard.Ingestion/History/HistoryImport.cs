using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.History;

/// <summary>
/// Loads the old provinces, districts and communes (valid until 30/06/2025) and their links to today's units from the
/// history folder (<see cref="HistoryFiles"/>). Idempotent: a unit or link already known is updated in place, never
/// duplicated; links an Admin corrected (source "admin") are kept as they are. All or nothing.
/// </summary>
public sealed class HistoryImport(KpiDbContext db, TimeProvider time, DataChanges? changes = null)
{
    public sealed record Outcome(int Provinces, int Districts, int Communes, int Links, int LinksWithoutUnit,
        int Inserted, int Updated, int Unchanged, IngestErrors Errors);

    /// <summary>A folder, or any file in it (the folder is what is read).</summary>
    public async Task<Outcome> ImportAsync(string folderOrFile, CancellationToken ct = default)
    {
        var folder = Directory.Exists(folderOrFile) ? folderOrFile : Path.GetDirectoryName(Path.GetFullPath(folderOrFile)) ?? ".";
        var errors = new IngestErrors();
        var read = HistoryFiles.Read(folder, errors);
        if (errors.Count == 0) read = await WithKnownTargetsAsync(read, errors, ct);
        if (errors.Count > 0) return new Outcome(0, 0, 0, 0, 0, 0, 0, 0, errors);

        await using var transaction = await db.Database.BeginExclusiveTransactionAsync(ExclusiveTransaction.Units, ct);
        var counts = new Counts();
        await UpsertAsync(db.Provinces.IgnoreQueryFilters().Where(p => p.ValidTo != null), read.Provinces, p => p.Code, Same, Copy, counts, ct);
        await UpsertAsync(db.Districts, read.Districts, d => d.Code, Same, Copy, counts, ct);
        await UpsertAsync(db.Communes.IgnoreQueryFilters().Where(c => c.ValidTo != null), read.Communes, c => c.Code, Same, Copy, counts, ct);
        await SaveLinksAsync(read.Links, counts, ct);
        var changed = counts.Inserted + counts.Updated > 0;
        if (changed) DataChanges.Note(db, DataRevision.History, time);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (changed) changes?.Committed();
        db.ChangeTracker.Clear();
        return new Outcome(read.Provinces.Count, read.Districts.Count, read.Communes.Count, read.Links.Count, read.LinksWithoutUnit,
            counts.Inserted, counts.Updated, counts.Unchanged, errors);
    }

    /// <summary>
    /// Every link leads to one of today's units, so today's communes must be there first. A link to a code today's list
    /// lacks (dvhcvn names 06970 Xã Ba Chẽ, which the 2025 list does not have) is left out and counted, not guessed.
    /// </summary>
    private async Task<HistoryFiles.Contents> WithKnownTargetsAsync(HistoryFiles.Contents read, IngestErrors errors, CancellationToken ct)
    {
        var provinces = (await db.Provinces.AsNoTracking().Select(p => p.Code).ToListAsync(ct)).ToHashSet();
        var communes = (await db.Communes.AsNoTracking().Select(c => c.Code).ToListAsync(ct)).ToHashSet();
        if (communes.Count == 0)
        {
            errors.Add(IngestError.File("no_communes",
                "Chưa có danh mục xã hiện nay: nhập trước bằng `kpi units import FILE`.",
                "Today's communes are not there yet: import them first with `kpi units import FILE`."));
            return read;
        }
        var known = read.Links.Where(l => (l.Level == UnitLink.ProvinceLevel ? provinces : communes).Contains(l.NewCode)).ToList();
        if (known.Count(l => l.Level == UnitLink.ProvinceLevel) != read.Links.Count(l => l.Level == UnitLink.ProvinceLevel))
            errors.Add(new IngestError(0, HistoryFiles.Splits, "", "unknown_target",
                "Có tỉnh cũ dẫn tới mã tỉnh không có hiện nay.", "An old province leads to a province code that does not exist today."));
        return read with { Links = known, LinksWithoutUnit = read.LinksWithoutUnit + read.Links.Count - known.Count };
    }

    private async Task SaveLinksAsync(IReadOnlyList<UnitLink> links, Counts counts, CancellationToken ct)
    {
        var existing = await db.UnitLinks.ToListAsync(ct);
        var corrected = existing.Where(l => l.Source == UnitLinkCorrection.AdminSource).Select(l => (l.Level, l.OldCode)).ToHashSet();
        var known = existing.ToDictionary(l => (l.Level, l.OldCode, l.NewCode));
        var wanted = links.Where(l => !corrected.Contains((l.Level, l.OldCode))).ToList();
        var keep = wanted.Select(l => (l.Level, l.OldCode, l.NewCode)).ToHashSet();
        db.UnitLinks.RemoveRange(existing.Where(l => !corrected.Contains((l.Level, l.OldCode)) && !keep.Contains((l.Level, l.OldCode, l.NewCode))));
        foreach (var link in wanted)
        {
            if (!known.TryGetValue((link.Level, link.OldCode, link.NewCode), out var k))
            {
                db.UnitLinks.Add(link);
                counts.Inserted++;
            }
            else if (k.Kind != link.Kind || k.Rank != link.Rank || k.Source != link.Source)
            {
                (k.Kind, k.Rank, k.Source) = (link.Kind, link.Rank, link.Source);
                counts.Updated++;
            }
            else counts.Unchanged++;
        }
    }

    private async Task UpsertAsync<T>(IQueryable<T> table, IReadOnlyList<T> read, Func<T, string> code,
        Func<T, T, bool> same, Action<T, T> copy, Counts counts, CancellationToken ct) where T : class
    {
        var known = await table.ToDictionaryAsync(code, ct);
        foreach (var unit in read)
        {
            if (!known.TryGetValue(code(unit), out var k))
            {
                db.Add(unit);
                counts.Inserted++;
                continue;
            }
            if (same(k, unit)) counts.Unchanged++;
            else
            {
                copy(k, unit);
                counts.Updated++;
            }
        }
    }

    private static bool Same(Province a, Province b) => (a.Name, a.NameEn, a.Kind) == (b.Name, b.NameEn, b.Kind);
    private static void Copy(Province to, Province from) => (to.Name, to.NameEn, to.Kind) = (from.Name, from.NameEn, from.Kind);
    private static bool Same(District a, District b) => (a.Name, a.Kind, a.ProvinceCode) == (b.Name, b.Kind, b.ProvinceCode);
    private static void Copy(District to, District from) => (to.Name, to.Kind, to.ProvinceCode) = (from.Name, from.Kind, from.ProvinceCode);
    private static bool Same(Commune a, Commune b) => (a.Name, a.Kind, a.ProvinceCode, a.DistrictCode) == (b.Name, b.Kind, b.ProvinceCode, b.DistrictCode);
    private static void Copy(Commune to, Commune from) =>
        (to.Name, to.Kind, to.ProvinceCode, to.DistrictCode) = (from.Name, from.Kind, from.ProvinceCode, from.DistrictCode);

    private sealed class Counts
    {
        public int Inserted { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }
    }
}
