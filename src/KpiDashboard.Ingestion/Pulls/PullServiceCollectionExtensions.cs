using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace KpiDashboard.Ingestion.Pulls;

public static class PullServiceCollectionExtensions
{
    /// <summary>
    /// HTTP pulls from the Pulls configuration section: the validated options, the resilient client, the pull service
    /// and the scheduler (a hosted service: it runs in the web app, not in `kpi`, which builds no host).
    /// </summary>
    public static IServiceCollection AddKpiPulls(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PullOptions>()
            .Bind(configuration.GetSection(PullOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PullOptions>, PullOptionsValidator>();
        services.AddSingleton(PullInstance.New());
        services.AddScoped<PullLease>();
        services.AddScoped<PullService>();
        services.AddHostedService<PullScheduler>();
        services.AddHttpClient(PullService.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            // A redirect could send the request, with its secret headers, to any address the source names
            // (the machine's own services, the cloud's metadata at 169.254.169.254): the pull reports it instead.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler("pull", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<PullOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, o.RetryCount),
                    ShouldHandle = o.RetryCount == 0 ? _ => ValueTask.FromResult(false) : new HttpRetryStrategyOptions().ShouldHandle,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(o.RetryDelaySeconds),
                });
                // Each attempt gets the source's own timeout, carried on the request.
                pipeline.AddTimeout(new HttpTimeoutStrategyOptions
                {
                    TimeoutGenerator = args => ValueTask.FromResult(
                        args.Context.GetRequestMessage()?.Options.TryGetValue(PullService.AttemptTimeout, out var t) == true ? t : TimeSpan.FromSeconds(30)),
                });
            });
        return services;
    }
}
