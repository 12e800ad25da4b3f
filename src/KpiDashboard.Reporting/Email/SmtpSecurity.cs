namespace KpiDashboard.Reporting.Email;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
