using System.Net;
using System.Text.RegularExpressions;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Posting forms the way a browser does: with the antiforgery token of the page the form came from.</summary>
public static partial class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    public static string TokenIn(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token in the page"));

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string postUrl, params (string Key, string Value)[] fields)
    {
        var token = TokenIn(await client.GetStringAsync(pageUrl));
        return await client.PostAsync(postUrl, new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), new(TokenField, token)]));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
