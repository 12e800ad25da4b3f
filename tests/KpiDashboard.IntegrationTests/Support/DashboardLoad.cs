using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// Several clients asking for dashboard addresses over real HTTP, one after another without pause, each revalidating
/// what it has already seen (If-None-Match), until stopped. Every answer other than 200 or 304 is kept as a failure.
/// </summary>
public sealed class DashboardLoad : IAsyncDisposable
{
    public sealed record Failure(string Url, string What);

    /// <summary>A piece of work done under load, and how many requests were in flight while it ran.</summary>
    public sealed record Phase(string Name, int Overlapping);

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Failure> _failures = new();
    private readonly ConcurrentQueue<(long Start, long End)> _requests = new();
    private readonly List<(string Name, long Start, long End)> _phases = [];
    private readonly Task[] _clients;

    private DashboardLoad(Uri baseAddress, string? bearer, IReadOnlyList<string> urls, int clients) =>
        _clients = Enumerable.Range(0, clients).Select(i => Task.Run(() => ClientAsync(baseAddress, bearer, urls, i))).ToArray();

    public static DashboardLoad Start(Uri baseAddress, string? bearer, IReadOnlyList<string> urls, int clients) =>
        new(baseAddress, bearer, urls, clients);

    public int Requests => _requests.Count;

    /// <summary>Runs <paramref name="work"/> while the clients keep asking.</summary>
    public async Task<T> DuringAsync<T>(string name, Func<Task<T>> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            lock (_phases) _phases.Add((name, start, Stopwatch.GetTimestamp()));
        }
    }

    /// <summary>Stops the clients and returns what failed, and how much load each phase ran under.</summary>
    public async Task<(IReadOnlyList<Failure> Failures, IReadOnlyList<Phase> Phases)> StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_clients);
        var requests = _requests.ToList();
        var phases = _phases.Select(p => new Phase(p.Name, requests.Count(r => r.Start < p.End && r.End > p.Start))).ToList();
        return ([.. _failures], phases);
    }

    private async Task ClientAsync(Uri baseAddress, string? bearer, IReadOnlyList<string> urls, int offset)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var seen = new Dictionary<string, EntityTagHeaderValue>();
        for (var i = offset; !_stop.IsCancellationRequested; i++)
        {
            var url = urls[i % urls.Count];
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (bearer is not null && url.StartsWith("/api/", StringComparison.Ordinal))
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            if (seen.TryGetValue(url, out var etag)) request.Headers.IfNoneMatch.Add(etag);
            var start = Stopwatch.GetTimestamp();
            try
            {
                // Not cancelled by the stop: a request under way is answered and judged like any other.
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotModified))
                    _failures.Enqueue(new Failure(url, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}"));
                if (response.Headers.ETag is { } tag) seen[url] = tag;
            }
            catch (Exception e)
            {
                _failures.Enqueue(new Failure(url, e.ToString()));
            }
            _requests.Enqueue((start, Stopwatch.GetTimestamp()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _stop.Dispose();
    }
}
