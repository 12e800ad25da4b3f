namespace KpiDashboard.Reporting.Email;

/// <summary>
/// The SMTP server accepted a message but the database refused its recording until the claim's lease ran out: the run
/// stops, and the row, left in Sending, becomes Uncertain rather than being sent again.
/// </summary>
public sealed class OutboxRecordingException(string message, Exception inner) : Exception(message, inner);
