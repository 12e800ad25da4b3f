using Microsoft.Extensions.Configuration;

namespace KpiDashboard.IntegrationTests.Support;

internal static class ConfigurationExtensions
{
    public static IConfigurationBuilder AddInMemoryCollectionFrom(this IConfigurationBuilder builder, IReadOnlyDictionary<string, string?> settings) =>
        builder.AddInMemoryCollection(settings);
}
