using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Excel;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Excel;

/// <summary>
/// The national summary's identity warnings, which the database selects (only the rows that break something, with the
/// pending of the month before joined), against every fact read back and checked one by one here: across a new year,
/// over a quarter, for communes and provincial agencies (no commune code), with unknown parts.
/// </summary>
public sealed class IdentityWarningsTests : IAsyncLifetime
{
    private static readonly string[] Provinces = ["01", "25", "79"];
    private static readonly string[] Fields = ["BC", "SHTT", "TSVTD"];
    private static readonly int[] Months = [202508, 202509, 202510, 202511, 202512, 202601];
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await using var db = _db.Open();
        var communes = Provinces.SelectMany((p, i) => new[] { $"{i}0001", $"{i}0002" }.Select(c => (Province: p, Code: c))).ToList();
        db.Communes.AddRange(communes.Select(c => new Commune { Code = c.Code, Name = "Xã " + c.Code, Kind = "Xã", ProvinceCode = c.Province }));
        var batch = new Batch { SourceName = "identities", SourceHash = new string('0', 64), CreatedUtc = DateTimeOffset.UnixEpoch };
        db.Batches.Add(batch);
        await db.SaveChangesAsync();

        // Deterministic: mostly consistent figures, some with a part off by one, some parts unknown, and a carried over
        // that now and then is not last month's pending.
        var random = new Random(17);
        var pending = new Dictionary<(string, string?, string), int>();
        foreach (var month in Months)
        foreach (var (province, commune) in Provinces.Select(p => (p, (string?)null)).Concat(communes.Select(c => (c.Province, (string?)c.Code))))
        foreach (var field in Fields)
        {
            var key = (province, commune, field);
            var carried = pending.GetValueOrDefault(key, 3) + (random.Next(6) == 0 ? 1 : 0);
            int online = random.Next(20), offline = random.Next(10), early = random.Next(8), onTime = random.Next(5), late = random.Next(3);
            var handled = online + offline + carried;
            var resolved = Math.Min(handled, early + onTime + late);
            int within = (handled - resolved) / 2, overdue = handled - resolved - within;
            var v = new Measures
            {
                ReceivedOnline = online, ReceivedOffline = random.Next(9) == 0 ? null : offline, CarriedOver = carried,
                ResolvedEarly = early, ResolvedOnTime = onTime, ResolvedLate = late, PendingWithin = within, PendingOverdue = overdue,
                Received = online + offline + (random.Next(8) == 0 ? 1 : 0),
                Handled = handled + (random.Next(7) == 0 ? -1 : 0),
                Resolved = early + onTime + late + (random.Next(10) == 0 ? 2 : 0),
                Pending = random.Next(12) == 0 ? null : within + overdue + (random.Next(9) == 0 ? 1 : 0),
            };
            if (v.Pending is { } p) pending[key] = p;
            else pending.Remove(key);
            db.Facts.Add(new Fact { Period = month, ProvinceCode = province, CommuneCode = commune, FieldCode = field, BatchId = batch.Id, Values = v });
        }
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("2026-01")]
    [InlineData("2025-Q4")]
    [InlineData("2025-09")]
    public async Task Lists_every_warning_that_the_facts_give(string text)
    {
        var period = Period.Parse(text);
        await using var db = _db.Open();
        var summary = await new NationalSummaryBuilder(db, new FigureQuery(db), new ReportingOptions()).BuildAsync(period);

        var facts = await db.Facts.AsNoTracking().ToListAsync();
        var byKey = facts.ToDictionary(f => (f.Period, f.ProvinceCode, f.CommuneCode, f.FieldCode));
        var expected = new List<string>();
        foreach (var f in facts.Where(f => f.Period >= period.First.Key && f.Period <= period.Last.Key))
        {
            var month = Month.FromKey(f.Period);
            foreach (var (identity, left, right) in IdentityChecks.Broken(f.Values))
                expected.Add($"{month} {f.ProvinceCode} {f.CommuneCode} {f.FieldCode} {identity} {left} {right}");
            if (byKey.TryGetValue((month.Previous.Key, f.ProvinceCode, f.CommuneCode, f.FieldCode), out var before)
                && f.Values.CarriedOver is { } carried && before.Values.Pending is { } pending && carried != pending)
                expected.Add($"{month} {f.ProvinceCode} {f.CommuneCode} {f.FieldCode} {IdentityChecks.CarriedOverIdentity} {carried} {pending}");
        }
        var actual = summary.Quality.IdentityWarnings
            .Select(w => $"{w.Month} {w.ProvinceCode} {w.CommuneCode} {w.FieldCode} {w.Identity} {w.Left} {w.Right}").ToList();

        // Enough of every kind for the comparison to mean something.
        Assert.True(expected.Count(e => e.Contains(IdentityChecks.CarriedOverIdentity)) >= 2, string.Join("\n", expected));
        Assert.True(expected.Count(e => !e.Contains(IdentityChecks.CarriedOverIdentity)) >= 5, string.Join("\n", expected));
        Assert.Equal(expected.Count, summary.Quality.IdentityWarningCount);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        // Listed by province, then unit and field, then month, as before.
        Assert.Equal(actual.Select(a => a[8..10]).Order(StringComparer.Ordinal), actual.Select(a => a[8..10]));
    }
}
