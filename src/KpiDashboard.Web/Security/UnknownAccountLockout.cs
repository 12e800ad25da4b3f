using KpiDashboard.Metrics.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace KpiDashboard.Web.Security;

/// <summary>
/// A sign-in with an address that has no account costs and answers what a wrong password of a real account does: a password
/// hash is checked, failures are counted, and the fifth locks the address for the lockout time. So neither the answer, its
/// time nor the lockout tells which addresses have accounts. Counted in memory, per instance, for at most 100,000 addresses.
/// </summary>
public sealed class UnknownAccountLockout(TimeProvider time, IOptions<IdentityOptions> identity, IOptions<PasswordHasherOptions> hashing) : IDisposable
{
    // Identity's hasher with Identity's settings: the same work as checking a real account's password.
    private readonly PasswordHasher<KpiUser> _hasher = new(hashing);
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private string? _dummyHash;

    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset? LockedUntil;
    }

    public SignInResult SignIn(string email, string password)
    {
        var key = email.ToUpperInvariant();
        var now = time.GetUtcNow();
        var entry = _failures.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = TimeSpan.FromDays(1);
            return new Failures();
        })!;
        lock (entry)
            if (entry.LockedUntil > now) return SignInResult.LockedOut;
        _hasher.VerifyHashedPassword(new KpiUser(), _dummyHash ??= _hasher.HashPassword(new KpiUser(), Guid.NewGuid().ToString("N")), password);
        var lockout = identity.Value.Lockout;
        lock (entry)
        {
            if (++entry.Count < lockout.MaxFailedAccessAttempts) return SignInResult.Failed;
            entry.Count = 0;
            entry.LockedUntil = now + lockout.DefaultLockoutTimeSpan;
            return SignInResult.LockedOut;
        }
    }

    public void Dispose() => _failures.Dispose();
}
