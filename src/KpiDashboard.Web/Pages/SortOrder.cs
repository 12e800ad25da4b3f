using KpiDashboard.Web.Infrastructure;

namespace KpiDashboard.Web.Pages;

/// <summary>A table's sort from the query string: a column key and a direction.</summary>
public sealed record SortOrder(string Key, bool Descending)
{
    public static SortOrder Parse(string? sort, string? dir, SortOrder fallback, IReadOnlyCollection<string> keys)
    {
        var key = string.IsNullOrWhiteSpace(sort) ? fallback.Key : sort.Trim().ToLowerInvariant();
        if (!keys.Contains(key))
            throw InvalidQueryException.BadRequest(
                $"Không sắp xếp được theo \"{sort}\". Các cột: {string.Join(", ", keys)}.",
                $"Cannot sort by \"{sort}\". Columns: {string.Join(", ", keys)}.");
        var descending = dir?.Trim().ToLowerInvariant() switch
        {
            null or "" => string.IsNullOrWhiteSpace(sort) ? fallback.Descending : DefaultDescending(key),
            "asc" => false,
            "desc" => true,
            _ => throw InvalidQueryException.BadRequest($"Chiều sắp xếp không hợp lệ: \"{dir}\" (asc hoặc desc).", $"Invalid sort direction \"{dir}\" (asc or desc)."),
        };
        return new SortOrder(key, descending);
    }

    /// <summary>Names and ranks read top-down; figures read largest first.</summary>
    public static bool DefaultDescending(string key) => key is not ("name" or "rank" or "rank_total" or "rank_ontime" or "rank_online");

    public string Dir => Descending ? "desc" : "asc";

    /// <summary>The direction a click on <paramref name="key"/>'s header asks for: the other way when already sorted by it.</summary>
    public string NextDir(string key) => key == Key ? (Descending ? "asc" : "desc") : (DefaultDescending(key) ? "desc" : "asc");

    /// <summary>aria-sort of a column header.</summary>
    public string? AriaSort(string key) => key == Key ? (Descending ? "descending" : "ascending") : null;
}
