using KpiDashboard.Metrics.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Accounts;

/// <summary>Creates and changes accounts; every change is written to the audit log.</summary>
public sealed class AccountService(UserManager<KpiUser> users, RoleManager<IdentityRole> roles, KpiDbContext db, AuditLog audit)
{
    public sealed record Account(string Email, string Role, IReadOnlyList<string> Provinces, bool IsDemo, bool LockedOut);

    public sealed record Outcome(bool Succeeded, string Message);

    public Task<Outcome> AddAsync(string email, string role, IReadOnlyList<string> provinces, string password, string actor, bool isDemo = false, CancellationToken ct = default) =>
        Audited(actor, "user.add", c => AddCoreAsync(email, role, provinces, password, isDemo, c), ct);

    private async Task<(Outcome, string)> AddCoreAsync(string email, string role, IReadOnlyList<string> provinces, string password, bool isDemo, CancellationToken ct)
    {
        if (await CheckAsync(role, provinces, ct) is { } problem) return (problem, "");
        var user = new KpiUser { UserName = email, Email = email, EmailConfirmed = true, ProvinceCodes = ProvinceList.Format(provinces), IsDemo = isDemo };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (Fail(created), "");
        await EnsureRoleAsync(role);
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return (Fail(added), "");
        return (new Outcome(true, $"Đã tạo / created {email} ({role})"), $"{email} {role} {user.ProvinceCodes}");
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken ct = default)
    {
        var accounts = new List<Account>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync(ct))
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            accounts.Add(new Account(user.Email ?? "", role, user.Provinces, user.IsDemo, await users.IsLockedOutAsync(user)));
        }
        return accounts;
    }

    public Task<Outcome> RemoveAsync(string email, string actor, CancellationToken ct = default) =>
        Audited(actor, "user.remove", async _ =>
        {
            if (await users.FindByEmailAsync(email) is not { } user) return (NotFound(email), "");
            var result = await users.DeleteAsync(user);
            return result.Succeeded ? (new Outcome(true, $"Đã xóa / removed {email}"), email) : (Fail(result), "");
        }, ct);

    public Task<Outcome> SetRoleAsync(string email, string role, string actor, CancellationToken ct = default) =>
        Audited(actor, "user.set-role", c => SetRoleCoreAsync(email, role, c), ct);

    private async Task<(Outcome, string)> SetRoleCoreAsync(string email, string role, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is not { } user) return (NotFound(email), "");
        if (await CheckAsync(role, user.Provinces, ct) is { } problem) return (problem, "");
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await EnsureRoleAsync(role);
        await users.AddToRoleAsync(user, role);
        // A role change must reach the cookie of a signed-in user at once.
        await users.UpdateSecurityStampAsync(user);
        return (new Outcome(true, $"{email}: {role}"), $"{email} {role}");
    }

    public Task<Outcome> SetProvincesAsync(string email, IReadOnlyList<string> provinces, string actor, CancellationToken ct = default) =>
        Audited(actor, "user.set-provinces", c => SetProvincesCoreAsync(email, provinces, c), ct);

    private async Task<(Outcome, string)> SetProvincesCoreAsync(string email, IReadOnlyList<string> provinces, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is not { } user) return (NotFound(email), "");
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Viewer;
        if (await CheckAsync(role, provinces, ct) is { } problem) return (problem, "");
        user.ProvinceCodes = ProvinceList.Format(provinces);
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return (new Outcome(true, $"{email}: {user.ProvinceCodes}"), $"{email} {user.ProvinceCodes}");
    }

    /// <summary>Makes a ProvinceOfficer a commune officer of these communes of their provinces (none: the whole province again).</summary>
    public Task<Outcome> SetCommunesAsync(string email, IReadOnlyList<string> communes, string actor, CancellationToken ct = default) =>
        Audited(actor, "user.set-communes", c => SetCommunesCoreAsync(email, communes, c), ct);

    private async Task<(Outcome, string)> SetCommunesCoreAsync(string email, IReadOnlyList<string> communes, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is not { } user) return (NotFound(email), "");
        var role = (await users.GetRolesAsync(user)).FirstOrDefault();
        if (communes.Count > 0 && role != Roles.ProvinceOfficer)
            return (new Outcome(false, "Chỉ tài khoản ProvinceOfficer mới gắn với xã / only a ProvinceOfficer can be limited to communes"), "");
        var found = await db.Communes.Where(c => communes.Contains(c.Code)).Select(c => new { c.Code, c.ProvinceCode }).ToListAsync(ct);
        var wrong = communes.Where(code => found.SingleOrDefault(c => c.Code == code) is not { } commune || !user.Provinces.Contains(commune.ProvinceCode)).ToList();
        if (wrong.Count > 0)
            return (new Outcome(false, $"Xã không có hoặc ngoài tỉnh của tài khoản / communes unknown or outside the account's provinces: {string.Join(", ", wrong)}"), "");
        user.CommuneCodes = string.Join(',', communes.Order());
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return (new Outcome(true, $"{email}: {(communes.Count == 0 ? "-" : user.CommuneCodes)}"), $"{email} communes={user.CommuneCodes}");
    }

    /// <summary>The change and its audit entry in one transaction; a refused change is rolled back and not audited.</summary>
    private async Task<Outcome> Audited(string actor, string action, Func<CancellationToken, Task<(Outcome Outcome, string Details)>> change, CancellationToken ct) =>
        (await audit.WithEntryAsync(change, r => r.Outcome.Succeeded ? new AuditNote(actor, action, r.Details) : null, ct)).Outcome;

    private async Task<Outcome?> CheckAsync(string role, IReadOnlyList<string> provinces, CancellationToken ct)
    {
        if (!Roles.IsValid(role)) return new Outcome(false, $"Vai trò không hợp lệ / unknown role '{role}' ({string.Join(", ", Roles.All)})");
        if (role == Roles.ProvinceOfficer && provinces.Count == 0)
            return new Outcome(false, "ProvinceOfficer cần --provinces / a ProvinceOfficer needs --provinces");
        var known = await db.Provinces.Select(p => p.Code).ToListAsync(ct);
        var unknown = provinces.Where(p => !known.Contains(p)).ToList();
        return unknown.Count > 0 ? new Outcome(false, $"Mã tỉnh không tồn tại / unknown province codes: {string.Join(", ", unknown)}") : null;
    }

    private async Task EnsureRoleAsync(string role)
    {
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    private static Outcome NotFound(string email) => new(false, $"Không có tài khoản / no account {email}");

    private static Outcome Fail(IdentityResult result) => new(false, string.Join("; ", result.Errors.Select(e => e.Description)));
}
