using System.Net;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>
/// A client that keeps cookies by hand, as a browser would but without the Secure rule of HttpClient's cookie container
/// (the test server speaks http; behind a proxy the app sees https). Its cookies can be copied into another session.
/// </summary>
internal sealed class BrowserSession(HttpClient client)
{
    private readonly Dictionary<string, string> _cookies = [];
    private readonly List<string> _setCookies = [];

    /// <summary>Headers added to every request (X-Forwarded-Proto, Authorization, ...).</summary>
    public Dictionary<string, string> Headers { get; } = [];

    public IReadOnlyList<string> SetCookies => _setCookies;

    public BrowserSession CopyTo(HttpClient other)
    {
        var copy = new BrowserSession(other);
        foreach (var (name, value) in _cookies) copy._cookies[name] = value;
        return copy;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url, null);

    /// <summary>Posts a form with the antiforgery token of the page it came from.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string url, params (string Key, string Value)[] fields)
    {
        var token = Security.Forms.TokenIn(await (await GetAsync(page)).Content.ReadAsStringAsync());
        return await SendAsync(HttpMethod.Post, url,
            new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), new(Security.Forms.TokenField, token)]));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        foreach (var (name, value) in Headers) request.Headers.TryAddWithoutValidation(name, value);
        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            foreach (var cookie in cookies)
            {
                _setCookies.Add(cookie);
                var pair = cookie.Split(';')[0];
                var name = pair[..pair.IndexOf('=')];
                var value = pair[(pair.IndexOf('=') + 1)..];
                if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
                else _cookies[name] = value;
            }
        return response;
    }

    public static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
        && response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) == true;
}
