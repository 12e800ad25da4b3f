using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>Reads a whole figures file (CSV, XLSX or JSON) into validated rows, collecting every error rather than the first.</summary>
public static class FigureFile
{
    /// <param name="Measures">The measure columns the file has: the others are left as they were on update.</param>
    public sealed record Result(IReadOnlyList<FigureRow> Rows, IngestErrors Errors, int RowsRead, IReadOnlySet<FigureColumn> Measures);

    /// <summary>Every row in memory: for small files and for readers that build rows themselves. Large files go through <see cref="FigureStream"/>.</summary>
    public static Result Read(Stream stream, UnitDirectory units) => Read(() => TableSources.Open(stream), units);

    public static Result Read(Func<ITableSource> open, UnitDirectory units)
    {
        using var figures = FigureStream.Open(open, units);
        if (figures.HeaderErrors.Count > 0) return new Result([], figures.HeaderErrors, 0, new HashSet<FigureColumn>());
        var errors = new IngestErrors();
        var rows = new List<FigureRow>();
        var firstRowOf = new Dictionary<FactKey, int>();
        foreach (var row in figures.Rows(errors))
        {
            if (firstRowOf.TryAdd(row.Key, row.Row)) rows.Add(row);
            else errors.Add(DuplicateKey(row.Row, firstRowOf[row.Key]));
        }
        return new Result(rows, errors, figures.RowsRead, figures.Measures);
    }

    public static IngestError DuplicateKey(int row, int firstRow) => new(row, "", "", "duplicate_key",
        $"Trùng kỳ, tỉnh, xã và lĩnh vực với dòng {firstRow}.", $"Same period, province, commune and field as row {firstRow}.");
}
