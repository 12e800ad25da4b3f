using KpiDashboard.Ingestion;
using KpiDashboard.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// Two app instances on one database, each a generic host with its own services and hosted services, as two
/// deployments of the product would be. Pass more registrations (the e-mail outbox worker, pull schedules) in
/// <paramref name="configure"/> to prove that scheduled work runs once across instances.
/// </summary>
public sealed class TwoHosts : IAsyncDisposable
{
    private TwoHosts(IHost first, IHost second) => (First, Second) = (first, second);

    public IHost First { get; }
    public IHost Second { get; }

    public static async Task<TwoHosts> StartAsync(TestDatabase db, Action<IServiceCollection>? configure = null)
    {
        IHost Build()
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollectionFrom(db.Settings);
            builder.Services.AddKpiMetrics(builder.Configuration).AddKpiIngestion();
            configure?.Invoke(builder.Services);
            return builder.Build();
        }
        var hosts = new TwoHosts(Build(), Build());
        await Task.WhenAll(hosts.First.StartAsync(), hosts.Second.StartAsync());
        return hosts;
    }

    /// <summary>Runs the same call on both instances at once, each in its own scope.</summary>
    public async Task<(T First, T Second)> BothAsync<TService, T>(Func<TService, Task<T>> call) where TService : notnull
    {
        async Task<T> On(IHost host)
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await call(scope.ServiceProvider.GetRequiredService<TService>());
        }
        var results = await Task.WhenAll(On(First), On(Second));
        return (results[0], results[1]);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(First.StopAsync(), Second.StopAsync());
        First.Dispose();
        Second.Dispose();
    }
}
