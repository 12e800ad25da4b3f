using System.Security.Cryptography;
using System.Text;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Accounts;

/// <summary>Creates, finds and revokes API tokens. The secret is returned once, at creation; only its SHA-256 is kept.</summary>
public sealed class ApiTokenService(KpiDbContext db, AuditLog audit, TimeProvider time)
{
    public const string TokenPrefix = "kpi_";

    public sealed record Created(ApiToken Token, string Secret);

    public async Task<Created> CreateAsync(string name, string role, IReadOnlyList<string> provinces, string actor, string address = "", CancellationToken ct = default)
    {
        if (!Roles.IsValid(role)) throw new ArgumentException($"unknown role '{role}'", nameof(role));
        var secret = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var token = new ApiToken
        {
            Name = name.Trim(), Prefix = secret[..12], SecretHash = Hash(secret), Role = role,
            ProvinceCodes = ProvinceList.Format(provinces), CreatedUtc = time.GetUtcNow(), CreatedBy = actor,
        };
        return await audit.WithEntryAsync(async c =>
        {
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(c);
            return new Created(token, secret);
        }, _ => new AuditNote(actor, "token.create", $"#{token.Id} {token.Name} {role} {token.ProvinceCodes}", address), ct);
    }

    /// <summary>The live token with this secret; null for an unknown or revoked one.</summary>
    public async Task<ApiToken?> FindAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 200) return null;
        var hash = Hash(secret);
        return await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash && t.RevokedUtc == null, ct);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct = default) =>
        (await db.ApiTokens.AsNoTracking().ToListAsync(ct)).OrderByDescending(t => t.CreatedUtc).ToList();

    public async Task<bool> RevokeAsync(int id, string actor, string address = "", CancellationToken ct = default) =>
        await audit.WithEntryAsync(async c =>
        {
            var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, c);
            if (token is null || token.RevokedUtc is not null) return null;
            token.RevokedUtc = time.GetUtcNow();
            await db.SaveChangesAsync(c);
            return token;
        }, token => token is null ? null : new AuditNote(actor, "token.revoke", $"#{token.Id} {token.Name}", address), ct) is not null;

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
