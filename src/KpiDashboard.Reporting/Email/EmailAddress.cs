using MimeKit;

namespace KpiDashboard.Reporting.Email;

/// <summary>The address rule for subscriptions: one mailbox, local@domain.tld, no display name, stored lower-case.</summary>
public static class EmailAddress
{
    public static bool IsValid(string? text) => Normalize(text) is not null;

    /// <summary>The address in lower case, or null when it is not one plain mailbox.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Any(char.IsWhiteSpace) || t.Count(c => c == '@') != 1) return null;
        var at = t.IndexOf('@');
        var local = t[..at];
        var domain = t[(at + 1)..];
        if (local.Length is 0 or > 64 || domain.Length is < 3 or > 253) return null;
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..")) return null;
        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..")) return null;
        if (!MailboxAddress.TryParse(ParserOptions.Default, t, out var parsed) || parsed.Address != t) return null;
        return t.ToLowerInvariant();
    }
}
