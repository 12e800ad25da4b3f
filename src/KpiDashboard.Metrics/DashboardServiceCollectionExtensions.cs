using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Metrics;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="DashboardOptions"/> bound from "Dashboard" and validated on start; the web app and the e-mail services
    /// both call it, and calling it twice registers the check once.
    /// </summary>
    public static IServiceCollection AddKpiDashboardOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>());
        return services;
    }

    private sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
    {
        public ValidateOptionsResult Validate(string? name, DashboardOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
