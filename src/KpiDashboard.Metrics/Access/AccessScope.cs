namespace KpiDashboard.Metrics.Access;

/// <summary>
/// Which provinces the current user or token may read and ingest, and, for a commune officer, which communes' reports
/// they may write. Enforced in the query and ingestion services, so no page, chart, download or API call can reach past it.
/// </summary>
public sealed record AccessScope
{
    private AccessScope(IReadOnlySet<string>? provinces, bool canIngest)
    {
        Provinces = provinces;
        CanIngest = canIngest;
    }

    /// <summary>The provinces allowed; null means every province.</summary>
    public IReadOnlySet<string>? Provinces { get; }

    public bool CanIngest { get; }

    /// <summary>The communes whose figures may be written; null means no commune limit. A commune officer writes
    /// neither the provincial agencies' figures nor other communes', and approves nothing.</summary>
    public IReadOnlySet<string>? Communes { get; private init; }

    /// <summary>Everything: the command line run by whoever runs the server, and administrators.</summary>
    public static AccessScope All { get; } = new(null, canIngest: true);

    public static AccessScope ReadAll { get; } = new(null, canIngest: false);

    public static AccessScope ForProvinces(IEnumerable<string> provinceCodes, bool canIngest) =>
        new(provinceCodes.ToHashSet(StringComparer.Ordinal), canIngest);

    public bool IsRestricted => Provinces is not null;

    public bool CanRead(string provinceCode) => Provinces is null || Provinces.Contains(provinceCode);

    public bool CanIngestInto(string provinceCode) => CanIngest && CanRead(provinceCode);

    /// <summary>A row of figures: its province, and its commune (null for the provincial agencies) within a commune officer's communes.</summary>
    public bool CanIngestInto(string provinceCode, string? communeCode) =>
        CanIngestInto(provinceCode) && (Communes is null || (communeCode is not null && Communes.Contains(communeCode)));

    /// <summary>This scope limited to writing the figures of these communes (empty: no limit).</summary>
    public AccessScope LimitedToCommunes(IReadOnlyCollection<string> communeCodes) =>
        communeCodes.Count == 0 ? this : new AccessScope(Provinces, CanIngest) { Communes = communeCodes.ToHashSet(StringComparer.Ordinal) };

    /// <summary>
    /// Whether something holding the figures of these provinces may be read; null means every province (the nation, or a
    /// file whose scope is unknown), which only a reader of every province may read.
    /// </summary>
    public bool CanReadAll(IEnumerable<string>? provinceCodes) => provinceCodes is null ? Provinces is null : provinceCodes.All(CanRead);

    /// <summary>Writing the shared report archive: the roles that ingest (Admin, Analyst, ProvinceOfficer), never with no province at all.</summary>
    public bool CanArchive => CanIngest && Provinces is not { Count: 0 };
}
