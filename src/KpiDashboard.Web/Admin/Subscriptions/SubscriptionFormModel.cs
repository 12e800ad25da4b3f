using KpiDashboard.Metrics.Entities;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Admin;

/// <summary>
/// The create and edit form. The scope is picked as a kind (nation, province, commune) with a province from the list
/// or a commune by code or name, and sent to <see cref="SubscriptionService"/> as its scope text.
/// </summary>
public sealed record SubscriptionFormModel(
    int? Id,
    string? Email,
    string? Name,
    string ScopeKind,
    string? Province,
    string? Commune,
    string Language,
    bool Active,
    IReadOnlyList<string> Errors)
{
    public IReadOnlyList<UnitOption> Provinces { get; init; } = [];

    public static SubscriptionFormModel New() => new(null, null, null, "province", null, null, "vi", true, []);

    public static SubscriptionFormModel Of(Subscription s)
    {
        var colon = s.Scope.IndexOf(':');
        var kind = colon < 0 ? s.Scope : s.Scope[..colon];
        var code = colon < 0 ? null : s.Scope[(colon + 1)..];
        return new SubscriptionFormModel(s.Id, s.Email, s.DisplayName, kind, kind == "province" ? code : null,
            kind == "commune" ? code : null, s.Language, s.IsActive, []);
    }

    public SubscriptionService.Input ToInput() => new(Email, Name, ScopeText(), Language, Active);

    private string ScopeText() => ScopeKind switch
    {
        "nation" => SubscriptionScope.Nation,
        "commune" => $"commune:{Commune}",
        "province" => $"province:{Province}",
        _ => ScopeKind,
    };
}
