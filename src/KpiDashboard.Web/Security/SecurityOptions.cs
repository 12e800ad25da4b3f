using KpiDashboard.Ingestion.Tables;

namespace KpiDashboard.Web.Security;

/// <summary>Sign-in, public access, demo accounts and upload limits, from the "Security" configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Dashboards (overview, ranking, province, field, commune pages and charts) without sign-in, read-only.
    /// Imports, the API and admin pages still need an account.</summary>
    public bool PublicReadOnly { get; set; }

    /// <summary>Demo accounts for each role, shown on the sign-in page. Development only (on there unless set false): their
    /// passwords are published, so any other environment refuses to start with it on.</summary>
    public bool? DemoMode { get; set; }

    /// <summary>The largest upload accepted, checked before the body is read.</summary>
    public int MaxUploadMegabytes { get; set; } = 20;

    public int XlsxMaxEntries { get; set; } = XlsxLimits.Default.MaxEntries;

    public int XlsxMaxUncompressedMegabytes { get; set; } = (int)(XlsxLimits.Default.MaxUncompressedBytes / (1024 * 1024));

    /// <summary>Sign-in attempts per client address and minute (lockout protects an account; this protects the server).</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>API requests per token (or address) and minute.</summary>
    public int ApiPermitsPerMinute { get; set; } = 120;

    /// <summary>A sign-in ends this long after it was made, however active the session (the cookie also slides: 8 hours idle).</summary>
    public int SessionAbsoluteHours { get; set; } = 12;

    /// <summary>The TLS-terminating proxies in front of the app.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    public XlsxLimits Xlsx => new(XlsxMaxEntries, XlsxMaxUncompressedMegabytes * 1024L * 1024L);

    public bool DemoEnabled(IHostEnvironment environment) => environment.IsDevelopment() && DemoMode != false;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (DemoMode == true && !environment.IsDevelopment())
            yield return $"{Section}:{nameof(DemoMode)} can be on in Development only, not in {environment.EnvironmentName}: demo accounts have published passwords.";
        if (SessionAbsoluteHours is < 1 or > 720) yield return $"{Section}:{nameof(SessionAbsoluteHours)} must be between 1 and 720, not {SessionAbsoluteHours}.";
        foreach (var problem in ForwardedHeaders.Problems($"{Section}:{nameof(ForwardedHeaders)}")) yield return problem;
        if (MaxUploadMegabytes is < 1 or > 1024) yield return $"{Section}:{nameof(MaxUploadMegabytes)} must be between 1 and 1024, not {MaxUploadMegabytes}.";
        if (XlsxMaxEntries is < 10 or > 100_000) yield return $"{Section}:{nameof(XlsxMaxEntries)} must be between 10 and 100000, not {XlsxMaxEntries}.";
        if (XlsxMaxUncompressedMegabytes is < 1 or > 4096) yield return $"{Section}:{nameof(XlsxMaxUncompressedMegabytes)} must be between 1 and 4096, not {XlsxMaxUncompressedMegabytes}.";
        if (SignInPermitsPerMinute is < 1 or > 100_000) yield return $"{Section}:{nameof(SignInPermitsPerMinute)} must be between 1 and 100000, not {SignInPermitsPerMinute}.";
        if (ApiPermitsPerMinute is < 1 or > 1_000_000) yield return $"{Section}:{nameof(ApiPermitsPerMinute)} must be between 1 and 1000000, not {ApiPermitsPerMinute}.";
    }
}
