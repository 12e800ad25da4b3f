using System.Security.Claims;
using System.Text.Encodings.Web;
using KpiDashboard.Metrics.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Security;

/// <summary>Authenticates "Authorization: Bearer kpi_…" by the SHA-256 of the secret; unknown or revoked tokens get 401.</summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerOf(Request) is not { } secret) return AuthenticateResult.NoResult();
        var token = await tokens.FindAsync(secret, Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("Unknown or revoked API token.");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"token:{token.Id}"),
            new Claim(ClaimTypes.Name, $"token:{token.Name} ({token.Prefix}…)"),
            new Claim(ClaimTypes.Role, token.Role),
            new Claim(KpiClaims.Provinces, token.ProvinceCodes),
        ], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
