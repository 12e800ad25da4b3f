namespace KpiDashboard.Reporting.Reminders;

/// <summary>An account that reminders may go to: its address (null when it has none), role and the units it answers for.</summary>
public sealed record ReminderRecipient(string UserName, string? Email, string Role, IReadOnlyList<string> Provinces, IReadOnlyList<string> Communes)
{
    /// <summary>A ProvinceOfficer with communes set is a commune officer (see Roles.ScopeOf).</summary>
    public bool IsCommuneOfficer => Role == Metrics.Accounts.Roles.ProvinceOfficer && Communes.Count > 0;

    public bool IsProvinceOfficer => Role == Metrics.Accounts.Roles.ProvinceOfficer && Communes.Count == 0;
}
