using Cronos;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KpiDashboard.Reporting.Email;

/// <summary>Start-up checks of Smtp:* and Summaries:* (Dashboard:* is DashboardOptions' own), so a typo fails the start and not the 5th of the month.</summary>
internal sealed class EmailOptionsValidation :
    IValidateOptions<SmtpOptions>, IValidateOptions<SummaryOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions o)
    {
        var errors = new List<string>();
        if (o.Port is < 1 or > 65535) errors.Add($"Smtp:Port must be between 1 and 65535 (was {o.Port}).");
        if (!Enum.IsDefined(o.Security)) errors.Add("Smtp:Security must be None, StartTls or SslOnConnect.");
        if (!MailboxAddress.TryParse(o.From, out var from) || !EmailAddress.IsValid(from.Address))
            errors.Add($"Smtp:From is not an e-mail address: '{o.From}'.");
        if (!string.IsNullOrEmpty(o.User) && string.IsNullOrEmpty(o.Password)) errors.Add("Smtp:Password is required with Smtp:User.");
        if (o.TimeoutSeconds is < 1 or > 3600) errors.Add("Smtp:TimeoutSeconds must be between 1 and 3600.");
        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, SummaryOptions o)
    {
        var errors = new List<string>();
        try
        {
            CronExpression.Parse(o.Cron);
        }
        catch (CronFormatException e)
        {
            errors.Add($"Summaries:Cron '{o.Cron}' is not a five-field cron expression: {e.Message}");
        }
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            errors.Add($"Summaries:TimeZone '{o.TimeZone}' is not a known time zone.");
        }
        if (o.PollInterval <= TimeSpan.Zero) errors.Add("Summaries:PollInterval must be positive.");
        if (o.Lease < TimeSpan.FromSeconds(30)) errors.Add("Summaries:Lease must be at least 30 seconds.");
        if (o.ComposeParallelism is < 1 or > 64) errors.Add($"Summaries:ComposeParallelism must be between 1 and 64 (was {o.ComposeParallelism}).");
        if (o.CatchUp < TimeSpan.Zero) errors.Add("Summaries:CatchUp must not be negative.");
        if (!string.IsNullOrEmpty(o.UnsubscribeKey) && !SigningKey.TryDecode(o.UnsubscribeKey, out _))
            errors.Add("Summaries:UnsubscribeKey must be base64 of at least 32 bytes.");
        return Result(errors);
    }

    private static ValidateOptionsResult Result(List<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
