using System.Net;
using System.Text.RegularExpressions;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>Posts a form the way a browser does: the antiforgery token from the page, the cookie kept by the client.</summary>
internal static partial class Forms
{
    public static async Task<string> TokenAsync(HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var m = Token().Match(html);
        Assert.True(m.Success, $"no antiforgery token on {pageUrl}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string action, params (string Key, string Value)[] fields)
    {
        var token = await TokenAsync(client, pageUrl);
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(action, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
