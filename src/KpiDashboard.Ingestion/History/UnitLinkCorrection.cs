using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.History;

/// <summary>
/// An Admin's decision on where an old unit went (the mappings disagree on 66 communes, and one is known wrong):
/// replaces the old unit's links with the given successors, first named first, and audits it in the same transaction.
/// A later `kpi units import-history` keeps it.
/// </summary>
public sealed class UnitLinkCorrection(KpiDbContext db, AuditLog audit, TimeProvider time, DataChanges? changes = null)
{
    public const string AdminSource = "admin";

    /// <param name="Kind">"whole" or "part"; null: whole for one successor, part for several. Several successors are always part.</param>
    public sealed record Request(string Level, string OldCode, IReadOnlyList<string> NewCodes, string Actor, string Address = "", string? Kind = null);

    /// <summary>The links now in force, or the problems (Vietnamese, English) that refused the change.</summary>
    public async Task<(IReadOnlyList<UnitLink> Links, IReadOnlyList<(string Vi, string En)> Problems)> ApplyAsync(Request request, CancellationToken ct = default)
    {
        var problems = await CheckAsync(request, ct);
        if (problems.Count > 0) return ([], problems);
        var links = request.NewCodes.Distinct().Select((code, i) => new UnitLink
        {
            Level = request.Level, OldCode = request.OldCode, NewCode = code, Rank = i + 1, Source = AdminSource,
            Kind = request.Kind ?? (request.NewCodes.Distinct().Count() == 1 ? UnitLink.Whole : UnitLink.Part), ChangedOn = UnitValidity.MergerDay,
        }).ToList();
        await audit.WithEntryAsync(async token =>
        {
            var before = await db.UnitLinks.Where(l => l.Level == request.Level && l.OldCode == request.OldCode).ToListAsync(token);
            db.UnitLinks.RemoveRange(before);
            await db.SaveChangesAsync(token);
            db.UnitLinks.AddRange(links);
            DataChanges.Note(db, DataRevision.UnitLink, time);
            await db.SaveChangesAsync(token);
            return string.Join(",", before.OrderBy(l => l.Rank).Select(l => $"{l.NewCode}({l.Source})"));
        }, was => new AuditNote(request.Actor, "unit_link",
            $"{request.Level} {request.OldCode}: {was} -> {string.Join(",", links.Select(l => l.NewCode))} ({links[0].Kind})", request.Address), ct);
        changes?.Committed();
        return (links, []);
    }

    private async Task<List<(string Vi, string En)>> CheckAsync(Request r, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (r.Level is not (UnitLink.ProvinceLevel or UnitLink.DistrictLevel or UnitLink.CommuneLevel))
            problems.Add(($"Cấp phải là province, district hoặc commune: '{r.Level}'.", $"The level must be province, district or commune: '{r.Level}'."));
        if (r.NewCodes.Count == 0)
            problems.Add(("Cần ít nhất một đơn vị mới (--new).", "At least one new unit is needed (--new)."));
        if (r.Kind is not (null or UnitLink.Whole or UnitLink.Part))
            problems.Add(($"Loại liên kết phải là whole hoặc part: '{r.Kind}'.", $"The link type must be whole or part: '{r.Kind}'."));
        else if (r.Kind == UnitLink.Whole && r.NewCodes.Distinct().Count() > 1)
            problems.Add(("Một đơn vị cũ chuyển nguyên vẹn (whole) chỉ vào một đơn vị mới; bị chia thì chọn part.",
                "An old unit that went whole goes into one new unit; a split one is part."));
        if (problems.Count > 0) return problems;
        var oldProvince = await OldProvinceOfAsync(r.Level, r.OldCode, ct);
        if (oldProvince is null)
        {
            problems.Add(($"Không có đơn vị cũ ({r.Level}) mã '{r.OldCode}'.", $"No old unit ({r.Level}) with code '{r.OldCode}'."));
            return problems;
        }
        // Every old province went whole into one new province: a link may not cross that boundary.
        var newProvince = await db.UnitLinks.AsNoTracking()
            .Where(l => l.Level == UnitLink.ProvinceLevel && l.OldCode == oldProvince).Select(l => l.NewCode).FirstOrDefaultAsync(ct);
        foreach (var code in r.NewCodes)
        {
            var province = r.Level == UnitLink.ProvinceLevel
                ? await db.Provinces.AsNoTracking().Where(p => p.Code == code).Select(p => p.Code).FirstOrDefaultAsync(ct)
                : await db.Communes.AsNoTracking().Where(c => c.Code == code).Select(c => c.ProvinceCode).FirstOrDefaultAsync(ct);
            if (province is null)
                problems.Add(($"Không có đơn vị hiện nay mã '{code}'.", $"No unit of today with code '{code}'."));
            else if (r.Level != UnitLink.ProvinceLevel && newProvince is not null && province != newProvince)
                problems.Add(($"'{code}' thuộc tỉnh {province}, nhưng tỉnh cũ {oldProvince} nay thuộc tỉnh {newProvince}.",
                    $"'{code}' is in province {province}, but old province {oldProvince} is now part of {newProvince}."));
        }
        return problems;
    }

    private Task<string?> OldProvinceOfAsync(string level, string code, CancellationToken ct) => level switch
    {
        UnitLink.ProvinceLevel => db.Provinces.IgnoreQueryFilters().Where(p => p.Code == code && p.ValidTo != null).Select(p => (string?)p.Code).FirstOrDefaultAsync(ct),
        UnitLink.DistrictLevel => db.Districts.Where(d => d.Code == code).Select(d => (string?)d.ProvinceCode).FirstOrDefaultAsync(ct),
        _ => db.Communes.IgnoreQueryFilters().Where(c => c.Code == code && c.ValidTo != null).Select(c => (string?)c.ProvinceCode).FirstOrDefaultAsync(ct),
    };
}
