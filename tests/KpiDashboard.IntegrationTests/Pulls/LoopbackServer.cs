using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>A real HTTP server on 127.0.0.1 serving the responses a source can give.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    public const string Csv = "period,province,field,received_online,received_offline\n2025-07,25,SHTT,10,5\n";
    public const string ChangedCsv = "period,province,field,received_online,received_offline\n2025-07,25,SHTT,12,5\n";
    public const string Json = """[{"period":"2025-07","province":"25","field":"TSVTD","received_online":7,"received_offline":3}]""";

    private readonly WebApplication _app;
    public int Requests;
    private readonly ConcurrentDictionary<string, int> _requestsTo = new();
    public string CurrentCsv = Csv;
    public string CurrentETag = "\"v1\"";
    /// <summary>/held.csv answers once this is completed: a pull that is still running, for as long as a test needs.</summary>
    public readonly TaskCompletionSource Hold = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoopbackServer(WebApplication app) => _app = app;

    /// <summary>How many requests asked for <paramref name="path"/>.</summary>
    public int RequestsTo(string path) => _requestsTo.GetValueOrDefault(path);

    public string Url(string path) => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + path;

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref server.Requests);
            server._requestsTo.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next(context);
        });
        app.MapGet("/figures.csv", (HttpContext c) =>
        {
            if (c.Request.Headers.IfNoneMatch.ToString() == server.CurrentETag) return Results.StatusCode(304);
            c.Response.Headers.ETag = server.CurrentETag;
            return Results.Text(server.CurrentCsv, "text/csv");
        });
        app.MapGet("/dated.csv", (HttpContext c) =>
        {
            var modified = new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero);
            if (c.Request.GetTypedHeaders().IfModifiedSince is { } since && since >= modified) return Results.StatusCode(304);
            c.Response.GetTypedHeaders().LastModified = modified;
            return Results.Text(Csv, "text/csv");
        });
        app.MapGet("/secret.csv", (HttpContext c) => c.Request.Headers.Authorization.ToString() == "Bearer s3cret"
            ? Results.Text(Csv, "text/csv")
            : Results.StatusCode(401));
        app.MapGet("/figures.json", () => Results.Text(Json, "application/json"));
        // "Thanh Hoá" as a Vietnamese Windows writes it (0xE1 for "á"), with and without the charset named.
        app.MapGet("/windows.csv", () => Results.Bytes(Windows1258.Bytes("period,province,field,received_online\n2025-07,Thanh Hoá,SHTT,5\n"), "text/csv; charset=windows-1258"));
        app.MapGet("/unnamed.csv", () => Results.Bytes(Windows1258.Bytes("period,province,field,received_online\n2025-07,Thanh Hoá,SHTT,5\n"), "text/csv"));
        app.MapGet("/klingon.csv", () => Results.Bytes("period\n"u8.ToArray(), "text/csv; charset=x-klingon"));
        app.MapGet("/ascii.csv", () => Results.Bytes("period,province,field,received_online\n2025-07,Thanh Hoá,SHTT,5\n"u8.ToArray(), "text/csv; charset=us-ascii"));
        app.MapGet("/held.csv", async () =>
        {
            await server.Hold.Task;
            return Results.Text(Csv, "text/csv");
        });
        app.MapGet("/gzipped.csv", (HttpContext c) =>
        {
            // Compressed although the client never asked for it (it sends no Accept-Encoding).
            using var packed = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest)) gzip.Write(System.Text.Encoding.UTF8.GetBytes(Csv));
            c.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(packed.ToArray(), "text/csv");
        });
        app.MapGet("/error.csv", () => Results.StatusCode(500));
        // A source that moved, or one that sends its client on to an address of the machine it runs on.
        app.MapGet("/moved.csv", (HttpContext c) => Results.Redirect($"{c.Request.Scheme}://{c.Request.Host}/figures.csv"));
        app.MapGet("/metadata.csv", () => Results.Redirect("http://169.254.169.254/latest/meta-data/", permanent: true));
        app.MapGet("/missing.csv", () => Results.StatusCode(404));
        app.MapGet("/page.csv", () => Results.Text("<html>login</html>", "text/html"));
        app.MapGet("/invalid.csv", () => Results.Text("period,province,field,received_online\n2025-07,99,SHTT,abc\n", "text/csv"));
        app.MapGet("/slow.csv", async (CancellationToken ct) =>
        {
            // Never answers in time; the client's timeout ends the wait.
            await Task.Delay(Timeout.Infinite, ct);
            return Results.Text(Csv, "text/csv");
        });
        app.MapGet("/truncated.csv", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/csv";
            c.Response.ContentLength = 1000;
            await c.Response.WriteAsync(Csv[..20]);
            await c.Response.Body.FlushAsync();
            c.Abort();
        });
        app.MapGet("/huge.csv", async (HttpContext c) =>
        {
            // About 40 MB, chunked (no length announced), until the client hangs up.
            c.Response.ContentType = "text/csv";
            await c.Response.WriteAsync("period,province,field,received_online,received_offline\n");
            var line = System.Text.Encoding.UTF8.GetBytes("2025-07,25,SHTT,10,5\n");
            for (var i = 0; i < 2_000_000 && !c.RequestAborted.IsCancellationRequested; i++) await c.Response.Body.WriteAsync(line);
        });
        app.MapGet("/dripping.csv", async (HttpContext c) =>
        {
            // Answers at once, then sends the body a byte at a time over eight seconds.
            c.Response.ContentType = "text/csv";
            await c.Response.Body.FlushAsync();
            try
            {
                foreach (var ch in Csv)
                {
                    await c.Response.WriteAsync(ch.ToString(), c.RequestAborted);
                    await c.Response.Body.FlushAsync(c.RequestAborted);
                    await Task.Delay(8000 / Csv.Length, c.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

}
