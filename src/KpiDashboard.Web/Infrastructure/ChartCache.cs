using KpiDashboard.Metrics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// Rendered charts and maps: chart and map file bytes by ETag, and the maps the pages put inline by a key that holds the
/// data version; one memory bound for all, <see cref="DashboardOptions.ChartCacheMegabytes"/>.
/// </summary>
public sealed class ChartCache(IOptions<DashboardOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.ChartCacheMegabytes * 1024L * 1024L });

    /// <summary>The entries held now.</summary>
    public int Count => _cache.Count;

    public bool TryGet(string etag, out byte[] bytes) => _cache.TryGetValue(etag, out bytes!);

    public void Set(string etag, byte[] bytes) => Set(etag, bytes, bytes.Length);

    public bool TryGet<T>(string key, out T value) where T : class => _cache.TryGetValue(key, out value!);

    /// <param name="size">About the bytes the value holds, against the bound.</param>
    public void Set<T>(string key, T value, long size) where T : class =>
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = TimeSpan.FromHours(6) });

    public void Dispose() => _cache.Dispose();
}
