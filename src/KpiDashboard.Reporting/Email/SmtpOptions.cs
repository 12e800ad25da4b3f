namespace KpiDashboard.Reporting.Email;

/// <summary>Smtp:* (environment: Smtp__Host, Smtp__Password, ...). Without a host, summaries are composed but not sent.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>"KpiDashboard &lt;bao-cao@example.gov.vn&gt;" or a bare address.</summary>
    public string From { get; set; } = "KpiDashboard <no-reply@localhost.localdomain>";
    /// <summary>Seconds for connecting and for each SMTP command.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
