using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Admin.UnitLinks;

/// <summary>Finds old communes by code (or its start) or by name (tone marks and normalisation aside) and reads their links.</summary>
public sealed class UnitLinksQuery(KpiDbContext db)
{
    public const int MaxShown = 25;

    public async Task<UnitLinksModel> BuildAsync(string? query, IReadOnlyList<string>? problems, string? saved, CancellationToken ct)
    {
        var q = (query ?? "").Trim();
        var old = db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => c.ValidTo != null);
        List<Commune> found;
        if (q.Length == 0)
        {
            // Nothing asked: the links an Admin has corrected, for review.
            var corrected = await db.UnitLinks.AsNoTracking()
                .Where(l => l.Level == UnitLink.CommuneLevel && l.Source == Ingestion.History.UnitLinkCorrection.AdminSource)
                .Select(l => l.OldCode).Distinct().ToListAsync(ct);
            found = await old.Where(c => corrected.Contains(c.Code)).ToListAsync(ct);
        }
        else if (q.All(char.IsAsciiDigit))
            found = await old.Where(c => c.Code.StartsWith(q)).ToListAsync(ct);
        else
        {
            // About 10,000 names: compared here, where tone-mark placement and normalisation can be ignored.
            var key = VietnameseText.ToneKey(q);
            var plain = VietnameseText.HasNoDiacritics(q);
            found = (await old.ToListAsync(ct)).Where(c =>
                (plain ? VietnameseText.PlainKey(c.FullName) : VietnameseText.ToneKey(c.FullName)).Contains(plain ? VietnameseText.PlainKey(q) : key, StringComparison.Ordinal)).ToList();
        }
        var shown = found.OrderBy(c => c.Code, StringComparer.Ordinal).Take(MaxShown).ToList();
        var codes = shown.Select(c => c.Code).ToList();
        var links = await db.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.CommuneLevel && codes.Contains(l.OldCode)).ToListAsync(ct);
        var newCodes = links.Select(l => l.NewCode).Distinct().ToList();
        var today = await db.Communes.AsNoTracking().Where(c => newCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Kind + " " + c.Name, ct);
        var districtCodes = shown.Select(c => c.DistrictCode).OfType<string>().Distinct().ToList();
        var districts = await db.Districts.AsNoTracking().Where(d => districtCodes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Kind + " " + d.Name, ct);
        var provinces = await db.Provinces.IgnoreQueryFilters().AsNoTracking().Where(p => p.ValidTo != null)
            .ToDictionaryAsync(p => p.Code, p => p.Kind + " " + p.Name, ct);
        var rows = shown.Select(c => new OldCommuneLinks(c.Code, c.FullName,
            c.DistrictCode is { } d ? districts.GetValueOrDefault(d, d) : "", provinces.GetValueOrDefault(c.ProvinceCode, c.ProvinceCode),
            links.Where(l => l.OldCode == c.Code).OrderBy(l => l.Rank)
                .Select(l => new LinkRow(l.NewCode, today.GetValueOrDefault(l.NewCode, "?"), l.Rank, l.Kind, l.Source)).ToList())).ToList();
        return new UnitLinksModel(q, rows, found.Count, problems ?? [], saved);
    }
}
