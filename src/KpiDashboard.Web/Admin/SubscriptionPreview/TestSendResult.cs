namespace KpiDashboard.Web.Admin;

/// <summary>What the SMTP server said to a test message: its reply when accepted, the error when not.</summary>
public sealed record TestSendResult(bool Sent, string To, string Reply);
