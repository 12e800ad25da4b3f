using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Calendar;

/// <summary>The working-day calendar of a database: the shipped schedules, each year replaced by an Admin's imported one.</summary>
public static class CalendarStore
{
    public static async Task<WorkingCalendar> LoadAsync(KpiDbContext db, CancellationToken ct = default)
    {
        var imported = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        var importedYears = imported.Select(d => d.Date.Year).ToHashSet();
        return new WorkingCalendar(ScheduleFile.Shipped.Where(d => !importedYears.Contains(d.Date.Year))
            .Concat(imported.Select(d => new ScheduledDay(d.Date, d.Kind, d.Source))));
    }

    /// <summary>Replaces the schedule of every year the file names with the file's days, in one transaction.</summary>
    /// <returns>The years replaced.</returns>
    public static async Task<IReadOnlyList<int>> ImportAsync(KpiDbContext db, IReadOnlyList<ScheduledDay> days, TimeProvider time, CancellationToken ct = default)
    {
        var years = days.Select(d => d.Date.Year).Distinct().Order().ToList();
        // Joins the caller's transaction (the web page audits the import in the same one).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        foreach (var year in years)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).ExecuteDeleteAsync(ct);
        }
        var now = time.GetUtcNow();
        db.CalendarDays.AddRange(days.Select(d => new CalendarDay { Date = d.Date, Kind = d.Kind, Source = d.Source, ImportedUtc = now }));
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return years;
    }
}
