using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using Npgsql;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>A WebFixture a test disposes itself (<c>await using</c>, as OptionsTests does) drops its database like one xunit disposes.</summary>
public sealed class WebFixtureDisposalTests
{
    [Fact]
    public async Task A_fixture_disposed_by_await_using_drops_its_database()
    {
        TestDatabase database;
        await using (var app = new WebFixture())
        {
            await app.CreateDatabaseAsync();
            app.Settings["Startup:LoadDemoData"] = "false";
            database = app.Database;
            Assert.Equal(System.Net.HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);
            Assert.True(await ExistsAsync(database));
        }

        Assert.False(await ExistsAsync(database));
    }

    private static async Task<bool> ExistsAsync(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite) return File.Exists(database.Path);
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await using var admin = new NpgsqlConnection(TestProvider.PostgresServer);
        await admin.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
        count.Parameters.AddWithValue("name", name!);
        return (long)(await count.ExecuteScalarAsync())! == 1;
    }
}
