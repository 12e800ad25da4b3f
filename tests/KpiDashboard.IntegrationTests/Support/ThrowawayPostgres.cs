using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// A PostgreSQL cluster of the test's own, on a free loopback port, that the test may stop and start again (the shared
/// test server must stay up for everyone else). As tests/run.sh does: initdb into a temporary folder and pg_ctl, as the
/// postgres user when we are root (initdb refuses root).
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _bin;

    private ThrowawayPostgres(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        var bin = versions.Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                      .OrderBy(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).LastOrDefault()
                  ?? throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb): tests/run.sh installs it.");
        var folder = Path.Combine(Path.GetTempPath(), "kpi-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var cluster = new ThrowawayPostgres(folder, bin, FreePort());
        if (await IsRootAsync()) await Processes.MustAsync("chown", "postgres:", folder);
        await cluster.AsPostgresAsync("initdb", "-D", Path.Combine(folder, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.StartAgainAsync();
        return cluster;
    }

    public Task StartAgainAsync() => AsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public Task StopAsync() => AsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "fast", "-w", "stop");

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "kpi_outage_" + Guid.NewGuid().ToString("N");
        await using var admin = new NpgsqlConnection(ConnectionString());
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", admin);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>A loopback port nothing listens on: "unreachable" without leaving the machine.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task AsPostgresAsync(string tool, params string[] args)
    {
        var path = Path.Combine(_bin, tool);
        if (await IsRootAsync()) await Processes.MustAsync("runuser", ["-u", "postgres", "--", path, .. args]);
        else await Processes.MustAsync(path, args);
    }

    private static async Task<bool> IsRootAsync() => (await Processes.MustAsync("id", "-u")).Trim() == "0";

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await AsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { } // already stopped
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
