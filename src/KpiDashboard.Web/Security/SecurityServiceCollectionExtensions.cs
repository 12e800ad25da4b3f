using System.Net;
using System.Threading.RateLimiting;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Queries;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Accounts with cookie sign-in, API tokens, the authorization rules, the request's access scope, limits.</summary>
    public static IServiceCollection AddKpiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>();

        services.AddIdentity<KpiUser, IdentityRole>(KpiAccounts.Configure)
            .AddEntityFrameworkStores<KpiDbContext>()
            .AddUserManager<KpiUserManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<KpiClaimsPrincipalFactory>();
        services.AddScoped<AccountService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<RequestAudit>();
        services.AddSingleton<UnknownAccountLockout>();
        // A changed role or province list reaches a signed-in user's cookie within a minute (AccountService renews the stamp);
        // SessionValidator refuses a cookie with an old stamp at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ApiTokenDefaults.Selector;
                o.DefaultAuthenticateScheme = ApiTokenDefaults.Selector;
                o.DefaultChallengeScheme = ApiTokenDefaults.Selector;
                o.DefaultForbidScheme = ApiTokenDefaults.Selector;
            })
            .AddPolicyScheme(ApiTokenDefaults.Selector, "Cookie or API token", o => o.ForwardDefaultSelector = ApiTokenDefaults.SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenDefaults.Scheme, null);

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IHostEnvironment>((o, environment) =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.Cookie.Name = "kpi-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            var identityCheck = o.Events.OnValidatePrincipal;
            o.Events.OnSigningIn = SessionValidator.OnSigningIn;
            o.Events.OnValidatePrincipal = async context =>
            {
                await SessionValidator.ValidateAsync(context);
                if (context.Principal is not null) await identityCheck(context);
            };
            // A signed-in user without the right role gets a plain 403, not a redirect to a page that does not exist.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = context =>
            {
                // A token on a page is refused outright: tokens are for /api only.
                if (ApiPaths.IsApi(context.Request) || ApiTokenHandler.BearerOf(context.Request) is not null)
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((o, environment) =>
        {
            o.Cookie.Name = "kpi-af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        string[] ingestRoles = [Roles.Admin, Roles.Analyst, Roles.ProvinceOfficer];
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(Roles.Admin))
            .AddPolicy(Policies.Ingest, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(ingestRoles))
            .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(ApiTokenDefaults.Scheme).RequireAuthenticatedUser())
            .AddPolicy(Policies.ApiIngest, p => p.AddAuthenticationSchemes(ApiTokenDefaults.Scheme).RequireRole(ingestRoles));

        services.AddOptions<MvcOptions>().Configure<IOptions<SecurityOptions>>((mvc, security) =>
        {
            mvc.Conventions.Add(new AuthorizationConvention(security.Value.PublicReadOnly));
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        });

        services.AddHttpContextAccessor();
        services.RemoveAll<AccessScope>();
        services.AddScoped(CurrentAccess.Of);
        services.RemoveAll<FigureQuery>();
        services.AddScoped(Infrastructure.PublishedFigures.Query);

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SecurityOptions>>((kestrel, security) =>
            kestrel.Limits.MaxRequestBodySize = security.Value.MaxUploadBytes + 64 * 1024);
        services.AddOptions<FormOptions>().Configure<IOptions<SecurityOptions>>((form, security) =>
            form.MultipartBodyLengthLimit = security.Value.MaxUploadBytes);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimits.SignIn, context => RateLimitPartition.GetFixedWindowLimiter("sign-in " + ClientAddress.Of(context),
                _ => PerMinute(Options(context).SignInPermitsPerMinute)));
            o.AddPolicy(RateLimits.Api, context => RateLimitPartition.GetFixedWindowLimiter(
                ApiTokenHandler.BearerOf(context.Request) is { } bearer ? "token " + ApiTokenService.Hash(bearer) : "address " + ClientAddress.Of(context),
                _ => PerMinute(Options(context).ApiPermitsPerMinute)));
        });

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((forwarded, security) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.Value.ForwardedHeaders.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in security.Value.ForwardedHeaders.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });

        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
        });
        services.AddHealthChecks();
        return services;
    }

    private static SecurityOptions Options(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}
