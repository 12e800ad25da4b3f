using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>
/// Every route the app has, as its EndpointDataSource lists it, called by every kind of caller. A route without a rule
/// here fails the test: decide who may call it (the rules live in KpiDashboard.Web.Security.AuthorizationConvention).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class RouteMatrixTests(SecurityFixture app)
{
    private static bool IsToken(Who w) => w.ToString().StartsWith("Token", StringComparison.Ordinal);

    private static bool IsPerson(Who w) => w != Who.Anonymous && !IsToken(w);

    /// <summary>A dashboard: a sign-in for the anonymous, allowed to people; a token is for /api only (401).</summary>
    private static Outcome Dashboard(Who w) => w == Who.Anonymous ? Outcome.SignIn : IsToken(w) ? Outcome.Unauthorized : Outcome.Allow;

    /// <summary>A dashboard of Phú Thọ (25): Hà Tĩnh's officer and token are refused.</summary>
    private static Outcome PhuTho(Who w) => w is Who.Officer42 ? Outcome.Forbidden : Dashboard(w);

    /// <summary>Admin pages take the Admin's cookie only; a token is refused (401).</summary>
    private static Outcome AdminOnly(Who w) => w == Who.Admin ? Outcome.Allow : IsPerson(w) ? Outcome.Forbidden : IsToken(w) ? Outcome.Unauthorized : Outcome.SignIn;

    /// <summary>Pages that write figures: people whose role can ingest (Admin, Analyst, ProvinceOfficer); a Viewer is refused.</summary>
    private static Outcome IngestPage(Who w) => w is Who.Admin or Who.Analyst or Who.Officer25 or Who.Officer42 ? Outcome.Allow : IsPerson(w) ? Outcome.Forbidden : IsToken(w) ? Outcome.Unauthorized : Outcome.SignIn;

    /// <summary>The API takes tokens only.</summary>
    // A route called with an id or file that does not exist: once past the rules, a 404.
    private static Outcome Missing(Func<Who, Outcome> rule, Who w) => rule(w) == Outcome.Allow ? Outcome.NotFound : rule(w);

    private static Outcome Api(Who w, Func<Who, Outcome> forTokens) => IsToken(w) ? forTokens(w) : Outcome.Unauthorized;

    public static readonly IReadOnlyDictionary<string, RouteRule> Rules = new Dictionary<string, RouteRule>
    {
        ["GET /"] = new("GET", "/?period=2025-06", Dashboard),
        ["GET /ranking"] = new("GET", "/ranking", Dashboard),
        ["GET /provinces/{code}"] = new("GET", "/provinces/25?period=2025-06", PhuTho),
        ["GET /fields/{code}"] = new("GET", "/fields/TSVTD", Dashboard),
        ["GET /communes/{code}"] = new("GET", "/communes/04792?period=2025-06", PhuTho),
        ["GET /charts/{kind}.{format}"] = new("GET", "/charts/trend.png?province=25&w=320&h=200", PhuTho),
        ["GET /maps/{level}.{format}"] = new("GET", "/maps/communes.svg?province=25&period=2025-06", PhuTho),
        ["GET /unsubscribe/{token}"] = new("GET", "/unsubscribe/not-a-token", _ => Outcome.Allow),
        ["POST /unsubscribe/{token}"] = new("POST", "/unsubscribe/not-a-token", _ => Outcome.Allow),
        ["* /error/{status:int}"] = new("GET", "/error/404", _ => Outcome.NotFound),
        ["* /error"] = new("GET", "/error", _ => Outcome.ServerError),
        ["GET /account/sign-in"] = new("GET", "/account/sign-in", _ => Outcome.Allow),
        // Without an antiforgery token: 400 once past authorization.
        ["POST /account/sign-in"] = new("POST", "/account/sign-in", _ => Outcome.Allow),
        ["POST /account/sign-out"] = new("POST", "/account/sign-out", Dashboard),
        ["GET /api/figures"] = new("GET", "/api/figures?province=25&period=2025-06", w => Api(w, t => t == Who.TokenOfficer42 ? Outcome.Forbidden : Outcome.Allow)),
        ["POST /api/ingest"] = new("POST", "/api/ingest", w => Api(w, t => t == Who.TokenViewer ? Outcome.Forbidden : Outcome.Allow)),
        ["GET /admin/users"] = new("GET", "/admin/users", AdminOnly),
        ["POST /admin/users/add"] = new("POST", "/admin/users/add", AdminOnly),
        ["POST /admin/users/role"] = new("POST", "/admin/users/role", AdminOnly),
        ["POST /admin/users/provinces"] = new("POST", "/admin/users/provinces", AdminOnly),
        ["POST /admin/users/remove"] = new("POST", "/admin/users/remove", AdminOnly),
        ["GET /admin/tokens"] = new("GET", "/admin/tokens", AdminOnly),
        ["POST /admin/tokens/create"] = new("POST", "/admin/tokens/create", AdminOnly),
        ["POST /admin/tokens/revoke"] = new("POST", "/admin/tokens/revoke", AdminOnly),
        ["GET /admin/audit"] = new("GET", "/admin/audit", AdminOnly),
        ["GET /admin/units"] = new("GET", "/admin/units?q=00004", AdminOnly),
        ["POST /admin/units/link"] = new("POST", "/admin/units/link", AdminOnly),
        ["GET /openapi/{documentName}.json"] = new("GET", "/openapi/v1.json", w => w == Who.Anonymous ? Outcome.Unauthorized : Outcome.Allow),
        ["* /health"] = new("GET", "/health", _ => Outcome.Allow),
        ["* /health/live"] = new("GET", "/health/live", _ => Outcome.Allow),
        ["* /health/ready"] = new("GET", "/health/ready", _ => Outcome.Allow),
        // Reports: any signed-in person; what a report holds is limited by the caller's scope in the query service. Writing
        // the shared archive is for roles that ingest; an archived file only for readers of every province it holds.
        ["GET /reports"] = new("GET", "/reports", Dashboard),
        ["GET /reports/download"] = new("GET", "/reports/download?report=form06&province=25&period=2025-06", PhuTho),
        ["POST /reports/archive"] = new("POST", "/reports/archive", IngestPage),
        ["GET /reports/archive/{period}/{file}"] = new("GET", "/reports/archive/2025-06/none.xlsx", w => Missing(Dashboard, w)),
        ["GET /admin/outbox"] = new("GET", "/admin/outbox", AdminOnly),
        ["POST /admin/outbox/{id:long}/requeue"] = new("POST", "/admin/outbox/1/requeue", AdminOnly),
        ["GET /admin/subscriptions"] = new("GET", "/admin/subscriptions", AdminOnly),
        ["GET /admin/subscriptions/new"] = new("GET", "/admin/subscriptions/new", AdminOnly),
        ["POST /admin/subscriptions/new"] = new("POST", "/admin/subscriptions/new", AdminOnly),
        ["GET /admin/subscriptions/{id:int}/edit"] = new("GET", "/admin/subscriptions/1/edit", w => Missing(AdminOnly, w)),
        ["POST /admin/subscriptions/{id:int}/edit"] = new("POST", "/admin/subscriptions/1/edit", AdminOnly),
        ["POST /admin/subscriptions/{id:int}/deactivate"] = new("POST", "/admin/subscriptions/1/deactivate", AdminOnly),
        ["GET /admin/subscriptions/import"] = new("GET", "/admin/subscriptions/import", AdminOnly),
        ["POST /admin/subscriptions/import"] = new("POST", "/admin/subscriptions/import", AdminOnly),
        ["GET /admin/subscriptions/{id:int}/preview"] = new("GET", "/admin/subscriptions/1/preview", w => Missing(AdminOnly, w)),
        ["GET /admin/subscriptions/{id:int}/preview/html"] = new("GET", "/admin/subscriptions/1/preview/html", w => Missing(AdminOnly, w)),
        ["GET /admin/subscriptions/{id:int}/preview/part"] = new("GET", "/admin/subscriptions/1/preview/part", w => Missing(AdminOnly, w)),
        ["POST /admin/subscriptions/{id:int}/preview/test"] = new("POST", "/admin/subscriptions/1/preview/test", AdminOnly),
        // Figures from narrative reports: read, save and reconcile; what is saved or shown is limited by the caller's scope.
        ["GET /reported"] = new("GET", "/reported", IngestPage),
        ["POST /reported"] = new("POST", "/reported", IngestPage),
        ["POST /reported/save"] = new("POST", "/reported/save", IngestPage),
        ["GET /reported/reconcile"] = new("GET", "/reported/reconcile?province=25&period=2025-07", w => w == Who.Officer42 ? Outcome.Forbidden : IngestPage(w)),
        // Entry and review of a unit's report: roles that ingest; a unit outside the caller's provinces is refused (403), an
        // empty form is a 400 once past the rules.
        ["GET /submissions"] = new("GET", "/submissions?period=2025-06", Dashboard),
        ["GET /submissions/excel"] = new("GET", "/submissions/excel?period=2025-06", Dashboard),
        ["GET /submissions/entry"] = new("GET", "/submissions/entry?level=agency&unit=25&period=2025-06", w => w == Who.Officer42 ? Outcome.Forbidden : IngestPage(w)),
        ["POST /submissions/entry"] = new("POST", "/submissions/entry", IngestPage),
        ["GET /submissions/review"] = new("GET", "/submissions/review?level=agency&unit=25&period=2025-06", w => w == Who.Officer42 ? Outcome.Forbidden : IngestPage(w)),
        ["POST /submissions/review/approve"] = new("POST", "/submissions/review/approve", IngestPage),
        ["POST /submissions/review/return"] = new("POST", "/submissions/review/return", IngestPage),
        ["POST /submissions/review/reopen"] = new("POST", "/submissions/review/reopen", IngestPage),
        ["GET /Admin/Sources"] = new("GET", "/Admin/Sources", AdminOnly),
        // Dossiers: the figures follow the reader's scope; the overdue list's workbook carries dossier codes, for the unit's
        // officers, Admins and analysts (a Viewer is refused).
        ["GET /dossiers"] = new("GET", "/dossiers?province=25&period=2025-06", PhuTho),
        ["GET /dossiers/excel"] = new("GET", "/dossiers/excel?province=25&period=2025-06", w => w == Who.Viewer ? Outcome.Forbidden : PhuTho(w)),
        ["GET /dossiers/procedures/{code}"] = new("GET", "/dossiers/procedures/1.004227?period=2025-06", Dashboard),
        ["GET /admin/calendar"] = new("GET", "/admin/calendar?year=2025", AdminOnly),
        ["POST /admin/calendar"] = new("POST", "/admin/calendar", AdminOnly),
        ["POST /Admin/Sources/{name}/pull"] = new("POST", "/Admin/Sources/none/pull", AdminOnly),
    };

    public static IEnumerable<object[]> Callers() => Enum.GetValues<Who>().Select(w => new object[] { w });

    [Fact]
    public void Every_route_has_a_rule_and_every_rule_a_route()
    {
        var routes = RouteKeys();
        Assert.Empty(routes.Except(Rules.Keys).Select(r => $"no rule for route \"{r}\": add one to RouteMatrixTests.Rules"));
        Assert.Empty(Rules.Keys.Except(routes).Select(r => $"rule for a route that does not exist: \"{r}\""));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_route_answers_each_caller_as_its_rule_says(Who who)
    {
        var client = await app.ClientAsync(who);
        var wrong = new List<string>();
        foreach (var key in RouteKeys().Intersect(Rules.Keys).Order())
        {
            var rule = Rules[key];
            using var request = new HttpRequestMessage(new HttpMethod(rule.Method), rule.Url);
            if (rule.Method == "POST") request.Content = new FormUrlEncodedContent([]);
            using var response = await client.SendAsync(request);
            var got = Classify(response);
            var expected = rule.Expect(who);
            if (got != expected) wrong.Add($"{who} {rule.Method} {rule.Url}: expected {expected}, got {got} ({(int)response.StatusCode} {response.Headers.Location})");
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Officer25)]
    public async Task An_unknown_address_is_a_404_for_everyone(Who who)
    {
        var client = await app.ClientAsync(who);
        Assert.Equal(Outcome.NotFound, Classify(await client.GetAsync("/no/such/page")));
    }

    public static Outcome Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) == true => Outcome.SignIn,
        HttpStatusCode.Unauthorized when response.RequestMessage?.RequestUri?.AbsolutePath != "/account/sign-in" => Outcome.Unauthorized,
        HttpStatusCode.Forbidden => Outcome.Forbidden,
        HttpStatusCode.NotFound => Outcome.NotFound,
        >= HttpStatusCode.InternalServerError => Outcome.ServerError,
        _ => Outcome.Allow,
    };

    private List<string> RouteKeys() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                return methods is { Count: > 0 } ? methods.Select(m => $"{m} {pattern}") : [$"* {pattern}"];
            })
            .Distinct().ToList();
}
