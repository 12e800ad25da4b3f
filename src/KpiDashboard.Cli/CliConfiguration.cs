using System.CommandLine;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using Microsoft.Extensions.Configuration;

namespace KpiDashboard.Cli;

/// <summary>kpi.json in the working directory, the environment, and --db over both.</summary>
internal static class CliConfiguration
{
    public static IConfigurationRoot Build(ParseResult parse)
    {
        // kpi.json in the working directory (optional) holds what environment variables cannot hold well: the Pulls sources.
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "kpi.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        if (parse.GetValue(KpiCommandLine.Db) is { } file)
        {
            configuration["Database:Provider"] = nameof(DatabaseProvider.Sqlite);
            configuration["ConnectionStrings:Kpi"] = KpiDatabase.ConnectionStringForFile(file);
        }
        return configuration;
    }

    /// <summary>The provider and connection string the services will use.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) Database(IConfiguration configuration) =>
        (MetricsServiceCollectionExtensions.ReadOptions(configuration).Provider,
         configuration.GetConnectionString("Kpi") is { Length: > 0 } configured ? configured : MetricsServiceCollectionExtensions.DefaultConnectionString());
}
