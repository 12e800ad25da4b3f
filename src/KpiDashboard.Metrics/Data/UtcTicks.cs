using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KpiDashboard.Metrics.Data;

/// <summary>UTC times as ticks: sortable and comparable in SQL on SQLite, which has no date type.</summary>
internal static class UtcTicks
{
    public static readonly ValueConverter<DateTimeOffset, long> Required =
        new(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    public static readonly ValueConverter<DateTimeOffset?, long?> Optional =
        new(v => v.HasValue ? v.Value.UtcTicks : null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
}
