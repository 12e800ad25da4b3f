using System.Collections.Concurrent;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// What the summaries of one run have in common (the unit list, the nation's figures by province for the ranking and
/// the map, a province's figures by commune, the communes without figures, the map's PNG), computed once by whichever
/// message needs it first and shared by the composers running in parallel, each in its own scope. A composer on its own
/// gets a context of its own, so a message reads the same whether it was composed alone or in a run.
/// A failed or cancelled computation is not kept: the next message tries again.
/// </summary>
public sealed class SummaryRunContext
{
    private readonly ConcurrentDictionary<object, Lazy<Task<object>>> entries = new();

    /// <param name="key">A value with equality (a tuple or record) naming what is computed and for which unit, period and language.</param>
    public async Task<T> GetAsync<T>(object key, Func<Task<T>> create) where T : notnull
    {
        var entry = entries.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create()));
        try
        {
            return (T)await entry.Value;
        }
        catch
        {
            entries.TryRemove(new KeyValuePair<object, Lazy<Task<object>>>(key, entry));
            throw;
        }
    }

    /// <summary>The run's Biểu 06 workbooks, written by ClosedXML once per shape and filled per unit.</summary>
    public Excel.Form06Templates Forms { get; } = new();

    /// <summary>How many values this run has computed (for tests and the verbose log).</summary>
    public int Count => entries.Count;
}
