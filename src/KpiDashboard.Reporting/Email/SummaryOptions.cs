namespace KpiDashboard.Reporting.Email;

/// <summary>Summaries:* — when the monthly summaries go out and how the outbox retries.</summary>
public sealed class SummaryOptions
{
    public const string Section = "Summaries";

    /// <summary>Five-field cron evaluated in <see cref="TimeZone"/>; default 07:00 on the 5th, for the previous month.</summary>
    public string Cron { get; set; } = "0 7 5 * *";
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";
    /// <summary>The web app's hosted service runs the schedule; off for instances that should only serve pages.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the hosted service looks for due retries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How long a claimed message is reserved; a sender that died loses it after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How many messages of a run are composed at once (figures, chart, map, form), each in its own scope; one sender sends them in order.</summary>
    public int ComposeParallelism { get; set; } = Environment.ProcessorCount;
    /// <summary>A run missed while the app was down is made up for when it starts within this window.</summary>
    public TimeSpan CatchUp { get; set; } = TimeSpan.FromDays(3);
    /// <summary>
    /// Base64 key (at least 32 bytes) signing unsubscribe links. Without it a key is generated once into
    /// the app's data folder, shared by the web app and `kpi` on the same machine. Set it when instances run on several machines.
    /// </summary>
    public string? UnsubscribeKey { get; set; }
    /// <summary>Where the generated key lives when <see cref="UnsubscribeKey"/> is empty; default: the app's data folder.</summary>
    public string? KeyFile { get; set; }
}
