using KpiDashboard.IntegrationTests.Web;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Saving a report into the archive from the Reports page, and reading back what the page lists.</summary>
internal static class Archiving
{
    public static Task<HttpResponseMessage> SaveAsync(HttpClient client, string report, string period,
        string? province = null, string? commune = null, string? field = null, string language = "vi")
    {
        var fields = new List<(string, string)> { ("report", report), ("period", period), ("language", language) };
        if (province is not null) fields.Add(("province", province));
        if (commune is not null) fields.Add(("commune", commune));
        if (field is not null) fields.Add(("field", field));
        return Forms.PostAsync(client, "/reports", "/reports/archive", [.. fields]);
    }

    /// <summary>The "period/file" of every archived file the Reports page lists to this client.</summary>
    public static async Task<IReadOnlyList<string>> ListedAsync(HttpClient client) =>
        Html.RowKeys(await client.GetStringAsync("/reports"), "data-file");

    public static string Url(string relativePath) => "/reports/archive/" + relativePath;
}
