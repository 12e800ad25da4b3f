using Microsoft.AspNetCore.WebUtilities;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>Links to the current page with some query values changed, so that sort, paging and language keep the other filters.</summary>
public static class Links
{
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes) =>
        With(request.Path, request, changes);

    public static string With(string path, HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var query = request.Query.ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes) query[key] = value;
        return QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value))!);
    }

    /// <summary>A link to another page that keeps the period (and language when it is in the URL).</summary>
    public static string Keep(string path, HttpRequest request, params (string Key, string? Value)[] values)
    {
        var query = new Dictionary<string, string?>();
        foreach (var key in new[] { "period", LanguageCultureProvider.QueryKey })
            if (request.Query[key].ToString() is { Length: > 0 } v) query[key] = v;
        foreach (var (key, value) in values) query[key] = value;
        return QueryHelpers.AddQueryString(path, query.Where(kv => !string.IsNullOrEmpty(kv.Value))!);
    }
}
