using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Excel;

/// <summary>Fills Biểu số 06 for a scope (the nation, a province, a commune) and period from <see cref="FigureQuery"/>.</summary>
public sealed class Form06Builder(KpiDbContext db, FigureQuery figures, AccessScope access, TimeProvider time, ReportingOptions reporting)
{
    private const string Government = "Văn phòng Chính phủ";

    public async Task<Form06Report> BuildAsync(Scope scope, Period period, Form06Options? options = null, CancellationToken ct = default)
    {
        options ??= new Form06Options();
        var units = await DescribeAsync(scope, ct);


        // An old province (before July 2025) has three levels: its districts' own rows (History.DistrictKey) apart from its
        // communes', read from its facts (one old province's months are few). Otherwise two, from the summaries.
        var threeLevels = scope.InOldUnits && scope.ProvinceCode is not null && scope.CommuneCode is null && UnitValidity.IsOldPeriod(period.Last.Key);
        var sums = threeLevels
            ? (await figures.SumByAsync(scope, period.First, period.Last,
                f => new { f.FieldCode, Level = f.CommuneCode == null ? 0 : f.CommuneCode.Length == 4 ? 1 : 2 }, ct))
                .Select(g => new Grouped<(string FieldCode, Form06Level Level)>((g.Key.FieldCode, (Form06Level)g.Key.Level), g.Figures)).ToList()
            : (await figures.SumByAsync(scope, period.First, period.Last, f => new { f.FieldCode, f.CommuneLevel }, ct))
                .Select(g => new Grouped<(string FieldCode, Form06Level Level)>((g.Key.FieldCode, g.Key.CommuneLevel ? Form06Level.Commune : Form06Level.Province), g.Figures)).ToList();
        var fields = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, ct);

        Form06Group Group(Form06Level level) => new(level, sums
            .Where(s => s.Key.Level == level)
            .Select(s => fields.TryGetValue(s.Key.FieldCode, out var field)
                ? new Form06Row(field.Code, field.NameVi, field.NameEn, s.Figures)
                : new Form06Row(s.Key.FieldCode, s.Key.FieldCode, s.Key.FieldCode, s.Figures))
            // The built-in fields' codes have no meaningful order; officials look fields up by name.
            .OrderBy(r => r.FieldNameVi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList());

        // A commune has no provincial agencies: its form has the commune level only.
        IReadOnlyList<Form06Group> groups = scope.CommuneCode is not null ? [Group(Form06Level.Commune)]
            : threeLevels ? [Group(Form06Level.Province), Group(Form06Level.District), Group(Form06Level.Commune)]
            : [Group(Form06Level.Province), Group(Form06Level.Commune)];

        var header = new Form06Header(options.ReportingUnit ?? units.Reporting, options.ReceivingUnit ?? units.Receiving, period, reporting.Window);
        var footer = new Form06Footer(options.Place ?? units.Place,
            options.Date ?? VietnamTime.Today(time));
        return new Form06Report(header, groups, footer)
        {
            Approximate = scope.CommuneCode is not null && await figures.IsApproximateAsync(scope, period.First, ct),
        };
    }

    /// <summary>Today's provinces, or for an old unit's form the provinces of before July 2025.</summary>
    private IQueryable<Metrics.Entities.Province> Provinces(Scope scope) =>
        scope.InOldUnits ? db.Provinces.IgnoreQueryFilters().Where(p => p.ValidTo != null) : db.Provinces;

    private async Task<(string Reporting, string Receiving, string Place)> DescribeAsync(Scope scope, CancellationToken ct)
    {
        if (scope.CommuneCode is { } communeCode)
        {
            var communes = scope.InOldUnits ? db.Communes.IgnoreQueryFilters().Where(c => c.ValidTo != null) : db.Communes;
            var commune = await communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == communeCode, ct)
                ?? throw new ArgumentException($"Không có xã mã {communeCode} / unknown commune {communeCode}", nameof(scope));
            var province = await Provinces(scope).AsNoTracking().FirstAsync(p => p.Code == commune.ProvinceCode, ct);
            return ($"UBND {commune.Kind.ToLowerInvariant()} {commune.Name}", $"UBND {province.Kind.ToLowerInvariant()} {province.Name}", commune.Name);
        }
        if (scope.ProvinceCode is { } provinceCode)
        {
            var province = await Provinces(scope).AsNoTracking().FirstOrDefaultAsync(p => p.Code == provinceCode, ct)
                ?? throw new ArgumentException($"Không có tỉnh mã {provinceCode} / unknown province {provinceCode}", nameof(scope));
            return ($"UBND {province.Kind.ToLowerInvariant()} {province.Name}", Government, province.Name);
        }
        if (access.Provinces is { } allowed)
        {
            // A restricted reader's "nation" holds only their provinces: the header must not claim the whole country.
            var names = await db.Provinces.AsNoTracking().Where(p => allowed.Contains(p.Code)).Select(p => p.Name).ToListAsync(ct);
            names.Sort(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false));
            return ($"Tổng hợp: {string.Join(", ", names)}", Government, names.FirstOrDefault() ?? "Hà Nội");
        }
        return ("Toàn quốc (tổng hợp)", Government, "Hà Nội");
    }
}
