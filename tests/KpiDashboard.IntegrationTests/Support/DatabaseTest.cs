using KpiDashboard.Metrics.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// The base of a test class that needs a database of its own: a fresh <see cref="TestDatabase"/> per test, on the
/// run's provider, and one service scope per test from the command line's registrations. <see cref="Db"/> is that
/// scope's context, so the services a test resolves and the test itself see the same tracked entities.
/// </summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    private AsyncServiceScope _scope;

    protected TestDatabase Database { get; private set; } = null!;

    protected KpiDbContext Db => Service<KpiDbContext>();

    /// <summary>The engine of this class's databases; a class that tests one engine's files says which.</summary>
    protected virtual DatabaseProvider Provider => TestProvider.Current;

    protected T Service<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>What every test of the class starts from, written after the database is created.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider);
        _scope = Database.Scope();
        await SeedAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await Database.DisposeAsync();
    }
}
