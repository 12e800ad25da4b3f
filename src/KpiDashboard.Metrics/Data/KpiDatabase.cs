using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

public static class KpiDatabase
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(KpiDatabase).Assembly.FullName));

    /// <summary>A context on its own, for tools and tests that live outside a host.</summary>
    public static KpiDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<KpiDbContext>();
        Configure(options, connectionString);
        return new KpiDbContext(options.Options);
    }

    /// <summary>Accepts a plain file path as well as a connection string.</summary>
    public static string ConnectionStringForFile(string path) => $"Data Source={path}";
}
