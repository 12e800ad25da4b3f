using System.Globalization;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Excel;

/// <summary>Gathers a <see cref="NationalSummary"/> from <see cref="FigureQuery"/> and, for the identity checks, the facts.</summary>
public sealed class NationalSummaryBuilder(KpiDbContext db, FigureQuery figures, ReportingOptions reporting,
    Reports.ReportPhases? phases = null)
{
    public const int MaxWarningsListed = 1000;

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);

    public async Task<NationalSummary> BuildAsync(Period period, CancellationToken ct = default)
    {
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);
        var byProvince = (await figures.ByProvinceAsync(Scope.Nation, period, ct)).ToDictionary(g => g.Key, g => g.Figures);
        var ranking = Rank(provinces.Select(p => new RankedFigures(
            new UnitRef(p.Code, p.Name, p.NameEn), byProvince.GetValueOrDefault(p.Code) ?? Figures.Empty)));

        var months = Enumerable.Range(-11, 12).Select(period.Last.AddMonths).ToList();
        // Months before July 2025 on comparable figures: each old province counts in the province of today it became.
        var monthly = (await figures.ByProvinceAndMonthAsync(Scope.Nation, months[0], months[^1], ct))
            .ToDictionary(g => g.Key, g => g.Figures);
        var monthlyRates = provinces.Select(p => new MonthlyRates(new UnitRef(p.Code, p.Name, p.NameEn),
            months.Select(m => monthly.TryGetValue((p.Code, m.Key), out var f) ? f.OnTimeRate : new Rate(null, false)).ToList())).ToList();

        var fieldNames = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, ct);
        var fields = (await figures.ByFieldAsync(Scope.Nation, period, ct))
            .Select(g => new RankedFigures(fieldNames.TryGetValue(g.Key, out var f)
                ? new UnitRef(f.Code, f.NameVi, f.NameEn) : new UnitRef(g.Key, g.Key, g.Key), g.Figures))
            .OrderBy(r => r.Unit.NameVi, VietnameseOrder)
            .ToList();

        phases?.End("queries");
        return new NationalSummary(period, ranking, months, monthlyRates, fields, await QualityAsync(period, provinces, byProvince, ct), reporting.Window);
    }

    /// <summary>
    /// Ranks by the national on-time index (Decision 766 indicator 2.1), highest first; equal rates share a rank
    /// (1, 2, 2, 4); provinces whose rate is unknown get no rank and come last, by code.
    /// </summary>
    public static IReadOnlyList<RankedFigures> Rank(IEnumerable<RankedFigures> units)
    {
        var ordered = units.OrderByDescending(u => u.Figures.OnTimeRateIndex.Value.HasValue)
            .ThenByDescending(u => u.Figures.OnTimeRateIndex.Value)
            .ThenBy(u => u.Unit.Code, StringComparer.Ordinal)
            .ToList();
        var result = new List<RankedFigures>(ordered.Count);
        int? rank = null;
        double? previous = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var rate = ordered[i].Figures.OnTimeRateIndex.Value;
            if (rate is null) { result.Add(ordered[i] with { Rank = null }); continue; }
            if (rate != previous) rank = i + 1;
            previous = rate;
            result.Add(ordered[i] with { Rank = rank });
        }
        return result;
    }

    private async Task<DataQuality> QualityAsync(Period period, List<Province> provinces, Dictionary<string, Figures> byProvince, CancellationToken ct)
    {
        var without = provinces.Where(p => !byProvince.ContainsKey(p.Code)).Select(p => new UnitRef(p.Code, p.Name, p.NameEn)).ToList();

        var communesPerProvince = await db.Communes.AsNoTracking().GroupBy(c => c.ProvinceCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var withFigures = await figures.Facts(Scope.Nation, period.First, period.Last)
            .Where(f => f.CommuneCode != null)
            .Select(f => new { f.ProvinceCode, f.CommuneCode }).Distinct()
            .GroupBy(x => x.ProvinceCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var coverage = provinces.Select(p => new CommuneCoverage(new UnitRef(p.Code, p.Name, p.NameEn),
            communesPerProvince.GetValueOrDefault(p.Code), withFigures.GetValueOrDefault(p.Code))).ToList();

        phases?.End("data quality: communes");
        var (warnings, count) = await IdentityWarningsAsync(period, ct);
        phases?.End("data quality: identities");
        return new DataQuality(without, coverage, warnings, count);
    }

    /// <summary>
    /// The facts of the period that break an identity or whose carried over differs from the same unit and field's pending
    /// of the month before, in key order, with that pending: the database compares, so only those rows are read, and
    /// <see cref="IdentityChecks"/> says which warnings each one gives.
    /// </summary>
    private async Task<(List<IdentityWarning>, int)> IdentityWarningsAsync(Period period, CancellationToken ct)
    {
        var facts = figures.Facts(Scope.Nation, period.First, period.Last);
        var earlier = figures.Facts(Scope.Nation, period.First.Previous, period.Last.Previous);
        var rows = (
                from f in facts
                join p in earlier
                    // The month before: January's is December of the year before (yyyyMM keys).
                    on new { f.ProvinceCode, Commune = f.CommuneCode ?? "", f.FieldCode, Period = f.Period % 100 == 1 ? f.Period - 89 : f.Period - 1 }
                    equals new { p.ProvinceCode, Commune = p.CommuneCode ?? "", p.FieldCode, p.Period } into before
                from p in before.DefaultIfEmpty()
                let v = f.Values
                let pending = p == null ? null : p.Values.Pending
                where (v.Handled != null && v.ReceivedOnline != null && v.ReceivedOffline != null && v.CarriedOver != null
                        && (long)v.Handled != (long)v.ReceivedOnline + (long)v.ReceivedOffline + (long)v.CarriedOver)
                    || (v.Received != null && v.ReceivedOnline != null && v.ReceivedOffline != null
                        && (long)v.Received != (long)v.ReceivedOnline + (long)v.ReceivedOffline)
                    || (v.Resolved != null && v.ResolvedEarly != null && v.ResolvedOnTime != null && v.ResolvedLate != null
                        && (long)v.Resolved != (long)v.ResolvedEarly + (long)v.ResolvedOnTime + (long)v.ResolvedLate)
                    || (v.Pending != null && v.PendingWithin != null && v.PendingOverdue != null
                        && (long)v.Pending != (long)v.PendingWithin + (long)v.PendingOverdue)
                    || (v.Handled != null && v.Resolved != null && v.Pending != null && (long)v.Handled != (long)v.Resolved + (long)v.Pending)
                    || (v.CarriedOver != null && pending != null && v.CarriedOver != pending)
                orderby f.ProvinceCode, f.CommuneCode, f.FieldCode, f.Period
                select new { f.Period, f.ProvinceCode, f.CommuneCode, f.FieldCode, f.Values, Pending = pending })
            .AsAsyncEnumerable();
        var warnings = new List<IdentityWarning>();
        var count = 0;
        void Add(IdentityWarning w)
        {
            count++;
            if (warnings.Count < MaxWarningsListed) warnings.Add(w);
        }
        // July 2025's carried over is June's pending of other units (the old ones): compared per province of today below.
        var merger = UnitValidity.FirstNewPeriod;
        var acrossTheDate = period.First.Key <= merger && merger <= period.Last.Key && await db.UnitLinks.AnyAsync(ct);
        await foreach (var f in rows.WithCancellation(ct))
        {
            var month = Month.FromKey(f.Period);
            foreach (var (identity, left, right) in IdentityChecks.Broken(f.Values))
                Add(new IdentityWarning(month, f.ProvinceCode, f.CommuneCode, f.FieldCode, identity, left, right));
            if (!(acrossTheDate && f.Period == merger) && f.Values.CarriedOver is { } carried && f.Pending is { } pending && carried != pending)
                Add(new IdentityWarning(month, f.ProvinceCode, f.CommuneCode, f.FieldCode, IdentityChecks.CarriedOverIdentity, carried, pending));
        }
        if (acrossTheDate)
            foreach (var w in await CarriedOverAcrossTheDateAsync(ct)) Add(w);
        return (warnings, count);
    }

    /// <summary>
    /// Per province of today and field: July 2025's carried over against the June pending of its predecessors (the old
    /// provinces that went into it), from the comparable series. Only where both are completely known.
    /// </summary>
    private async Task<List<IdentityWarning>> CarriedOverAcrossTheDateAsync(CancellationToken ct)
    {
        var july = Month.FromKey(UnitValidity.FirstNewPeriod);
        var warnings = new List<IdentityWarning>();
        foreach (var field in await db.Fields.AsNoTracking().OrderBy(f => f.Code).Select(f => f.Code).ToListAsync(ct))
        {
            var scope = new Scope(FieldCode: field);
            var before = (await figures.ByProvinceAsync(scope, Period.OfMonth(july.Previous), ct)).ToDictionary(g => g.Key, g => g.Figures.Pending);
            foreach (var now in await figures.ByProvinceAsync(scope, Period.OfMonth(july), ct))
                if (now.Figures.CarriedOver is { Value: { } carried, Complete: true }
                    && before.GetValueOrDefault(now.Key) is { Value: { } pending, Complete: true } && carried != pending)
                    warnings.Add(new IdentityWarning(july, now.Key, null, field, IdentityChecks.CarriedOverIdentity, carried, pending));
        }
        return warnings;
    }
}
