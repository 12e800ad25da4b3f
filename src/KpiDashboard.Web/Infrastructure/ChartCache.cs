using KpiDashboard.Metrics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>Rendered chart bytes by ETag; bounded by <see cref="DashboardOptions.ChartCacheMegabytes"/>.</summary>
public sealed class ChartCache(IOptions<DashboardOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.ChartCacheMegabytes * 1024L * 1024L });

    /// <summary>The entries held now.</summary>
    public int Count => _cache.Count;

    public bool TryGet(string etag, out byte[] bytes) => _cache.TryGetValue(etag, out bytes!);

    public void Set(string etag, byte[] bytes) =>
        _cache.Set(etag, bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromHours(6) });

    public void Dispose() => _cache.Dispose();
}
