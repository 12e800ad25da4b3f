namespace KpiDashboard.Reporting.Email;

/// <summary>What one pass over the outbox did; <see cref="Uncertain"/> counts rows it found or left possibly delivered.</summary>
public sealed record OutboxRun(int Sent, int Retrying, int Failed, int Cancelled, int Uncertain = 0)
{
    public int Attempted => Sent + Retrying + Failed + Cancelled + Uncertain;
}
