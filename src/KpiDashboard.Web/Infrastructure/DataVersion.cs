namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// A token that changes whenever the figures can have changed: every ingest adds a batch and every rollback
/// stamps one, so the number of batches, the highest id and the number rolled back together identify the data; an
/// approval, return or reopening stamps its submission (approved-only figures and the pages' report status change);
/// a units, fields, history or boundaries import and a unit link correction add a <see cref="Metrics.Entities.DataRevision"/>.
/// Read in one statement, at most once per <see cref="DataVersionClock"/> interval per instance, and one value for the
/// whole request.
/// </summary>
public sealed class DataVersion(DataVersionClock clock)
{
    private DataVersionClock.Reading? _reading;

    public async Task<string> GetAsync(CancellationToken ct) => (await ReadAsync(ct)).Version;

    /// <summary>When the newest batch landed or was rolled back, UTC; null before any data.</summary>
    public async Task<DateTimeOffset?> LastChangeAsync(CancellationToken ct) => (await ReadAsync(ct)).LastChange;

    private async ValueTask<DataVersionClock.Reading> ReadAsync(CancellationToken ct) => _reading ??= await clock.GetAsync(ct);
}
