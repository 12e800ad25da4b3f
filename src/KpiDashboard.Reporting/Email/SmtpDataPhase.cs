using System.Text;
using MailKit;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// Watches the commands the client writes to tell a failure before the message went out (nothing can have been
/// delivered) from one after DATA or BDAT, when only the server's reply says whether it was accepted.
/// </summary>
internal sealed class SmtpDataPhase : IProtocolLogger
{
    /// <summary>DATA or BDAT was written since the last <see cref="Reset"/>.</summary>
    public bool Started { get; private set; }

    public IAuthenticationSecretDetector? AuthenticationSecretDetector { get; set; }

    public void Reset() => Started = false;

    public void LogClient(byte[] buffer, int offset, int count)
    {
        if (Started) return;
        // With PIPELINING, MAIL, RCPT and DATA come in one write, one command per line.
        foreach (var line in Encoding.ASCII.GetString(buffer, offset, count).Split("\r\n"))
        {
            if (line.Equals("DATA", StringComparison.OrdinalIgnoreCase) || line.StartsWith("BDAT ", StringComparison.OrdinalIgnoreCase))
            {
                Started = true;
                return;
            }
        }
    }

    public void LogConnect(Uri uri)
    {
    }

    public void LogServer(byte[] buffer, int offset, int count)
    {
    }

    public void Dispose()
    {
    }
}
