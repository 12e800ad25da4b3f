using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Metrics.Accounts;

/// <summary>
/// Identity's user manager with the lockout on our <see cref="TimeProvider"/>: the stock one reads the wall clock,
/// so a lockout could not be tested, nor follow the clock the rest of the app keeps.
/// </summary>
public sealed class KpiUserManager(
    IUserStore<KpiUser> store, IOptions<IdentityOptions> options, IPasswordHasher<KpiUser> hasher,
    IEnumerable<IUserValidator<KpiUser>> userValidators, IEnumerable<IPasswordValidator<KpiUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<KpiUser>> logger,
    TimeProvider time)
    : UserManager<KpiUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    private IUserLockoutStore<KpiUser> LockoutStore => Store as IUserLockoutStore<KpiUser>
        ?? throw new NotSupportedException("The user store does not support lockout.");

    public override async Task<bool> IsLockedOutAsync(KpiUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken)) return false;
        return await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken) is { } end && end >= time.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(KpiUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var failures = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await LockoutStore.SetLockoutEndDateAsync(user, time.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan, CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }
}
