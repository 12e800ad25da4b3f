namespace KpiDashboard.Reporting.Email;

/// <summary>What one pass over the outbox did.</summary>
public sealed record OutboxRun(int Sent, int Retrying, int Failed, int Cancelled)
{
    public int Attempted => Sent + Retrying + Failed + Cancelled;
}
