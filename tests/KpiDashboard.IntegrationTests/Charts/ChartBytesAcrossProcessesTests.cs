using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KpiDashboard.IntegrationTests.Charts;

/// <summary>
/// A chart's ETag is its request and the data version, so two app instances must send the same bytes for it whatever
/// each drew before. ScottPlot 5.1.59 drew the ranking chart's target label bold in a process's first plot only: an
/// instance whose first chart was this one sent other bytes under the same ETag than one that had drawn another first.
/// Only separate processes show it (a test process has drawn charts already), so the app runs as in production.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class ChartBytesAcrossProcessesTests
{
    private const string Ranking = "/charts/ranking.png";

    [Fact]
    public async Task Two_instances_send_the_same_ranking_chart_whether_or_not_it_was_their_first()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpi-chart-bytes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = $"Data Source={Path.Combine(folder, "kpi.db")}";
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
            byte[] first;
            string? etag;
            // The first instance makes the file and loads the demo; its first chart is the ranking chart.
            await using (var a = await WebProcess.StartAsync(database))
            {
                using var response = await http.GetAsync(a.Url + Ranking);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                first = await response.Content.ReadAsByteArrayAsync();
                etag = response.Headers.ETag?.Tag;
            }
            await using var b = await WebProcess.StartAsync(database);
            using (var other = await http.GetAsync(b.Url + Ranking + "?w=600&h=700"))
                Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            using var again = await http.GetAsync(b.Url + Ranking);

            var second = await again.Content.ReadAsByteArrayAsync();

            Assert.NotNull(etag);
            Assert.Equal(etag, again.Headers.ETag?.Tag);
            Assert.True(first.AsSpan().SequenceEqual(second), "The same chart and data version came out as different bytes in two instances.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>`dotnet KpiDashboard.Web.dll` on a loopback port, readable by anyone, until disposed.</summary>
    private sealed class WebProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private WebProcess(Process process, string url) => (_process, Url) = (process, url);

        public string Url { get; }

        public static async Task<WebProcess> StartAsync(string connectionString)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KpiDashboard.Web.dll"));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ASPNETCORE_URLS"] = url;
            start.Environment["ConnectionStrings__Kpi"] = connectionString;
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["Database__CreateIfMissing"] = "true";
            start.Environment["Startup__LoadDemoData"] = "true";
            start.Environment["Startup__UnitsFile"] = "";
            start.Environment["Startup__BoundariesFile"] = "";
            start.Environment["Security__PublicReadOnly"] = "true";
            var process = Process.Start(start)!;
            // Read, so that a full pipe never blocks the app.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            var web = new WebProcess(process, url);
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"The web app exited {process.ExitCode}: {await error}{await output}");
                try
                {
                    using var health = await probe.GetAsync(url + "/health");
                    if (health.IsSuccessStatusCode) return web;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Still starting.
                }
                await Task.Delay(200);
            }
            await web.DisposeAsync();
            throw new TimeoutException($"The web app at {url} did not answer /health within two minutes.");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
