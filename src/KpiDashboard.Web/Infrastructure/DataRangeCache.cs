using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// The months that have figures, per data version: only a batch or a rollback changes them, and both change the version,
/// so pages do not ask the database for the first and last month on every request.
/// </summary>
public sealed class DataRangeCache
{
    private volatile Kept? _kept;

    private sealed record Kept(string Version, DataRange Range);

    public DataRange? Get(string version) => _kept is { } k && k.Version == version ? k.Range : null;

    public void Set(string version, DataRange range) => _kept = new Kept(version, range);
}
