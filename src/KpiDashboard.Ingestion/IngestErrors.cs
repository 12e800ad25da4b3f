using System.Collections;
using System.Globalization;

namespace KpiDashboard.Ingestion;

/// <summary>
/// The errors of one source. Only the first <see cref="Limit"/> are kept; the rest are counted, so that a file of bad rows
/// cannot grow the memory, the answer or the console output with its size. Every reader and every output uses this.
/// </summary>
public sealed class IngestErrors : IReadOnlyList<IngestError>
{
    public const int Limit = 500;

    private readonly List<IngestError> _kept = [];

    /// <summary>Errors found beyond the first <see cref="Limit"/>: counted, not kept.</summary>
    public int Omitted { get; private set; }

    public int Total => _kept.Count + Omitted;

    public int Count => _kept.Count;

    public IngestError this[int index] => _kept[index];

    public void Add(IngestError error)
    {
        if (_kept.Count < Limit) _kept.Add(error);
        else Omitted++;
    }

    public void AddRange(IEnumerable<IngestError> errors)
    {
        foreach (var error in errors) Add(error);
        if (errors is IngestErrors other) Omitted += other.Omitted;
    }

    /// <summary>The same errors in row order, the count of the others kept.</summary>
    public IngestErrors OrderedByRow()
    {
        var ordered = new IngestErrors { Omitted = Omitted };
        ordered._kept.AddRange(_kept.OrderBy(e => e.Row));
        return ordered;
    }

    /// <summary>"và N lỗi khác / and N more errors", or null when every error is listed.</summary>
    public string? MoreLine => Omitted == 0 ? null : string.Create(CultureInfo.InvariantCulture,
        $"… và {Omitted} lỗi khác không liệt kê / and {Omitted} more errors not listed");

    public IEnumerator<IngestError> GetEnumerator() => _kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
