using System.Diagnostics;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using Npgsql;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>The README's PostgreSQL backup: pg_dump -Fc, then pg_restore --clean --if-exists into a new database, gives
/// the same facts, summaries and batches, and `kpi check` passes on it. Runs on the server of KPI_TEST_POSTGRES.</summary>
[Trait("Database", "Postgres")]
public sealed class PostgresDumpRoundTripTests
{
    private const string Totals =
        "SELECT (SELECT count(*) FROM \"Facts\") || ' ' || (SELECT coalesce(sum(\"Received\"), 0) FROM \"FactSummaries\") || ' ' || " +
        "(SELECT count(*) FROM \"FactSummaries\") || ' ' || (SELECT coalesce(sum(\"ResolvedEarly\"), 0) FROM \"Facts\") || ' ' || " +
        "(SELECT string_agg(\"Id\" || ':' || \"Inserted\", ',' ORDER BY \"Id\") FROM \"Batches\")";

    [Fact]
    public async Task A_pg_dump_restored_with_pg_restore_has_the_same_figures_and_passes_kpi_check()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var csv = Path.Combine(db.Folder, "figures.csv");
        await File.WriteAllTextAsync(csv, Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n2025-07,01,,TSVTD,5,5,,3,,,,\n");
        Assert.Equal(0, (await KpiProcess.RunAsync(db, "ingest", csv)).ExitCode);

        var dump = Path.Combine(db.Folder, "kpi.dump");
        var source = new NpgsqlConnectionStringBuilder(db.ConnectionString);
        await RunAsync("pg_dump", "-Fc", "-f", dump, "-h", source.Host!, "-p", source.Port.ToString(), "-U", source.Username!, source.Database!);

        var name = "kpi_restored_" + Guid.NewGuid().ToString("N");
        await AdminAsync($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0");
        try
        {
            await RunAsync("pg_restore", "--clean", "--if-exists", "--no-owner", "-h", source.Host!, "-p", source.Port.ToString(),
                "-U", source.Username!, "-d", name, dump);
            var restored = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = name }.ToString();
            Assert.Equal(await ScalarAsync(db.ConnectionString, Totals), await ScalarAsync(restored, Totals));

            var start = KpiProcess.Start(null, "check");
            start.Environment["Database__Provider"] = "Postgres";
            start.Environment["ConnectionStrings__Kpi"] = restored;
            using var check = Process.Start(start)!;
            var output = await check.StandardOutput.ReadToEndAsync();
            await check.WaitForExitAsync();
            Assert.True(check.ExitCode == 0, output + await check.StandardError.ReadToEndAsync());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task<string> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task AdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(TestProvider.PostgresServer);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A client program of the newest PostgreSQL installed (Debian keeps them under /usr/lib/postgresql/N/bin).</summary>
    private static async Task RunAsync(string program, params string[] args)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var n) ? n : 0).Last();
        var start = new ProcessStartInfo(Path.Combine(bin, program)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program}: {await error}");
    }
}
