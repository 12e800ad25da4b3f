using System.Globalization;
using System.Text;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// The pages count dossiers in SQL, grouped by the dates the rules need; the ingest counts them one by one. On a random
/// list with every rule's case (supplements, several requests, stopped, refused, pending across months, holidays) both
/// must give the same figures for every month and field, the overdue list as many rows as the count, and the average
/// handling time (2.2) what a dossier-by-dossier sum gives.
/// </summary>
public sealed class DossierQueryTests
{
    private sealed record Generated(string Code, string Field, bool Online, DateOnly Received, DateOnly Due, int Requests, int SupplementDays,
        DateOnly? Finished, string? Outcome);

    private static List<Generated> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2025, 3, 1);
        var list = new List<Generated>();
        for (var i = 0; i < count; i++)
        {
            var received = start.AddDays(random.Next(0, 180));
            var due = received.AddDays(random.Next(0, 25));
            var requests = random.Next(0, 10) switch { < 7 => 0, < 9 => 1, _ => 2 };
            var supplement = requests == 0 ? 0 : random.Next(0, 5);
            DateOnly? finished = random.Next(0, 10) < 8 ? received.AddDays(random.Next(0, 45)) : null;
            var outcome = finished is null ? null : random.Next(0, 10) switch { < 8 => "resolved", 8 => "stopped", _ => "refused" };
            list.Add(new($"HS{i:D5}", random.Next(0, 3) == 0 ? "SHTT" : "TSVTD", random.Next(0, 2) == 0, received, due, requests, supplement, finished, outcome));
        }
        return list;
    }

    private static string Csv(IEnumerable<Generated> list)
    {
        var text = new StringBuilder("dossier_code,procedure_code,field,province,commune,channel,received_at,due_at,supplement_requests,supplement_days,finished_at,outcome\n");
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        foreach (var d in list)
            text.Append(CultureInfo.InvariantCulture, $"{d.Code},{(d.Field == "SHTT" ? "1.005123" : "1.004227")},{d.Field},25,,{(d.Online ? "online" : "offline")},{D(d.Received)},{D(d.Due)},{d.Requests},{d.SupplementDays},{D(d.Finished)},{d.Outcome}\n");
        return text.ToString();
    }

    [Theory]
    [InlineData(ReportingWindowKind.CalendarMonth)]
    [InlineData(ReportingWindowKind.Decree09)]
    public async Task The_pages_counts_in_sql_equal_the_figures_counted_dossier_by_dossier(ReportingWindowKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Reporting:Window"] = kind.ToString() });
        var list = Generate(1500, 20250701);
        var result = await database.IngestAsync(Csv(list), "ho-so-ngau-nhien.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(5).Select(e => $"{e.Row} {e.Column} {e.MessageEn}")));

        await using var db = database.Open();
        var facts = await db.Facts.AsNoTracking().Where(f => f.ProvinceCode == "25" && f.CommuneCode == null).ToListAsync();
        Assert.NotEmpty(facts);
        var windows = Decree09Windows.Of(kind);
        var query = new DossierQuery(db, windows: windows);
        var calendar = await CalendarStore.LoadAsync(db);
        Assert.Equal(kind == ReportingWindowKind.Decree09 ? (new DateOnly(2025, 6, 15), new DateOnly(2025, 7, 14)) : (new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31)),
            await query.WindowAsync(new Month(2025, 7), CancellationToken.None));
        var unit = new DossierUnit("25", AgenciesOnly: true);
        var overdueSeen = 0;
        foreach (var month in facts.Select(f => Month.FromKey(f.Period)).Distinct().Order())
        {
            var groups = (await query.CountAsync(query.Of(unit), DossierQuery.ByField, month, CancellationToken.None)).ToDictionary(g => g.Key);
            foreach (var fact in facts.Where(f => f.Period == month.Key))
            {
                var v = fact.Values;
                var g = groups.GetValueOrDefault(fact.FieldCode) ?? new DossierGroupCounts(fact.FieldCode);
                Assert.True((v.ReceivedOnline + v.ReceivedOffline, v.ResolvedEarly, v.ResolvedOnTime, v.ResolvedLate, v.PendingWithin, v.PendingOverdue)
                    == (g.Received, g.Early, g.OnTime, g.Late, g.PendingWithin, g.Overdue),
                    $"{month} {fact.FieldCode}: facts {v.ReceivedOnline + v.ReceivedOffline}/{v.ResolvedEarly}/{v.ResolvedOnTime}/{v.ResolvedLate}/{v.PendingWithin}/{v.PendingOverdue}, " +
                    $"pages {g.Received}/{g.Early}/{g.OnTime}/{g.Late}/{g.PendingWithin}/{g.Overdue}");

                var handled = list.Where(d => d.Field == fact.FieldCode && d.Finished is { } f && windows.WindowOf(f) == month && d.Outcome is "resolved" or "refused").ToList();
                Assert.Equal(handled.Count, g.HandlingCount);
                Assert.Equal(handled.Sum(d => (long)calendar.WorkingDaysBetween(d.Received, d.Finished!.Value) - d.SupplementDays), g.HandlingDaysSum);
            }

            var overdue = groups.Values.Sum(g => g.Overdue);
            var (total, rows) = await query.OverdueAsync(query.Of(unit), month, "due", false, 0, 100_000, CancellationToken.None);
            Assert.Equal(overdue, total);
            Assert.Equal(overdue, rows.Count);
            // Overdue is by calendar day; the days over are working days, so a dossier due on 29/4/2025 is overdue on 30/4, a holiday, by 0.
            var last = windows.LastDay(month);
            Assert.All(rows, r => Assert.True(r.DueOn < last && r.WorkingDaysOver == calendar.WorkingDaysBetween(r.DueOn, last),
                $"{r.Code} is listed overdue at the end of {month}: due {r.DueOn}, {r.WorkingDaysOver} days over"));
            overdueSeen += overdue;
        }
        Assert.True(overdueSeen > 50, "the random list should hold overdue dossiers");
    }
}
