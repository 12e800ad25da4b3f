using Microsoft.Extensions.Time.Testing;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// A fake clock that shows which timers are set. A scheduler reads the time, then sets a timer for its next run; a clock
/// stepped before that timer exists would make it miss the run. Tests wait for the timer, then step.
/// </summary>
public sealed class ScheduleClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly List<DateTimeOffset> _due = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
            lock (_due) _due.Add(GetUtcNow() + dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits until <paramref name="count"/> timers set so far fall due at <paramref name="due"/>.</summary>
    public async Task WhenTimersAsync(DateTimeOffset due, int count)
    {
        for (var waited = TimeSpan.Zero; Set(due) < count; waited += TimeSpan.FromMilliseconds(20))
        {
            if (waited > TimeSpan.FromSeconds(60))
                throw new TimeoutException($"{Set(due)} of {count} timers due at {due:u} were set");
            await Task.Delay(20);
        }
    }

    private int Set(DateTimeOffset due)
    {
        lock (_due) return _due.Count(d => d == due);
    }
}
