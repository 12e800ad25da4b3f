namespace KpiDashboard.Metrics;

/// <summary>
/// The "Dashboard" configuration section: targets and limits of the dashboard pages, and the public address that
/// links in e-mails point to. Registered once, by <see cref="DashboardServiceCollectionExtensions.AddKpiDashboardOptions"/>.
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The target line of the on-time rate charts (form ratio), between 0 and 1.</summary>
    public double OnTimeTarget { get; set; } = 0.95;

    /// <summary>The target T of the on-time rate by the national index 2.1 formula in the handling score.</summary>
    public double OnTimeIndexTarget { get; set; } = 0.95;

    /// <summary>The points P of the on-time index indicator (Decision 766: handling progress, 20 points).</summary>
    public double OnTimeIndexPoints { get; set; } = 20;

    /// <summary>The target of the online share (Decision 766: 50%).</summary>
    public double OnlineShareTarget { get; set; } = 0.5;

    /// <summary>The points of the online share indicator (Decision 766: online services, 12 points).</summary>
    public double OnlineSharePoints { get; set; } = 12;

    /// <summary>Communes per page on a province page (Hà Nội has 126).</summary>
    public int CommunePageSize { get; set; } = 50;

    /// <summary>Memory kept for rendered charts.</summary>
    public int ChartCacheMegabytes { get; set; } = 64;

    /// <summary>Memory kept for rendered pages served to anonymous readers (Security:PublicReadOnly).</summary>
    public int PageCacheMegabytes { get; set; } = 64;

    /// <summary>How long an instance trusts the data version it read before reading it again: the longest a batch
    /// ingested through another instance stays unseen here (one written here shows at once). 0 reads it on every request.</summary>
    public double DataVersionSeconds { get; set; } = 1;

    /// <summary>The public address of the web app, the base of links in e-mails.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Readers who are not signed in (Security:PublicReadOnly) see only approved figures; signed-in users see
    /// everything they may read.</summary>
    public bool PublishApprovedOnly { get; set; }

    /// <summary>Every problem with the values, empty when they are valid.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[] { (nameof(OnTimeTarget), OnTimeTarget), (nameof(OnTimeIndexTarget), OnTimeIndexTarget), (nameof(OnlineShareTarget), OnlineShareTarget) })
        {
            if (!(value is > 0 and <= 1)) yield return $"{Section}:{name} must be a rate above 0 and at most 1 (0.95 is 95%), not {value}.";
        }
        foreach (var (name, value) in new[] { (nameof(OnTimeIndexPoints), OnTimeIndexPoints), (nameof(OnlineSharePoints), OnlineSharePoints) })
        {
            if (!(value is > 0 and <= 100)) yield return $"{Section}:{name} must be between 0 and 100 points, not {value}.";
        }
        if (CommunePageSize is < 10 or > 1000) yield return $"{Section}:{nameof(CommunePageSize)} must be between 10 and 1000, not {CommunePageSize}.";
        if (ChartCacheMegabytes is < 1 or > 4096) yield return $"{Section}:{nameof(ChartCacheMegabytes)} must be between 1 and 4096, not {ChartCacheMegabytes}.";
        if (PageCacheMegabytes is < 1 or > 4096) yield return $"{Section}:{nameof(PageCacheMegabytes)} must be between 1 and 4096, not {PageCacheMegabytes}.";
        if (!(DataVersionSeconds is >= 0 and <= 60)) yield return $"{Section}:{nameof(DataVersionSeconds)} must be between 0 and 60 seconds, not {DataVersionSeconds}.";
        if (!(Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query)))
            yield return $"{Section}:{nameof(BaseUrl)} must be an absolute http(s) URL without a query (was '{BaseUrl}').";
    }
}
