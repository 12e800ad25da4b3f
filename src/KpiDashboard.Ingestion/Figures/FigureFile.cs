using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>Reads a whole figures file (CSV or XLSX) into validated rows, collecting every error rather than the first.</summary>
public static class FigureFile
{
    /// <param name="Measures">The measure columns the file has: the others are left as they were on update.</param>
    public sealed record Result(IReadOnlyList<FigureRow> Rows, IReadOnlyList<IngestError> Errors, int RowsRead, IReadOnlySet<FigureColumn> Measures);

    public static Result Read(Stream stream, UnitDirectory units, AccessScope? access = null, XlsxLimits? limits = null)
    {
        var errors = new List<IngestError>();
        var rows = new List<FigureRow>();
        var rowsRead = 0;
        var measures = new HashSet<FigureColumn>();
        try
        {
            using var source = TableSources.Open(stream, limits);
            using var table = source.Rows().Where(r => !r.IsBlank).GetEnumerator();
            if (!table.MoveNext())
            {
                errors.Add(IngestError.File("empty_file", "Tệp không có dữ liệu.", "The file has no data."));
                return new Result(rows, errors, 0, new HashSet<FigureColumn>());
            }
            var header = new TableHeader(table.Current.Number, table.Current.Cells);
            var (columns, headerErrors) = FigureHeaders.Map(header);
            if (headerErrors.Count > 0) return new Result(rows, headerErrors, 0, new HashSet<FigureColumn>());
            measures.UnionWith(columns.Keys.Where(c => c >= FigureColumn.ReceivedOnline));

            var parser = new FigureRowParser(units, columns, access);
            var firstRowOf = new Dictionary<FactKey, int>();
            while (table.MoveNext())
            {
                rowsRead++;
                var row = parser.Parse(table.Current, errors);
                if (row is null) continue;
                if (firstRowOf.TryAdd(row.Key, row.Row)) rows.Add(row);
                else errors.Add(new IngestError(row.Row, "", "", "duplicate_key",
                    $"Trùng kỳ, tỉnh, xã và lĩnh vực với dòng {firstRowOf[row.Key]}.",
                    $"Same period, province, commune and field as row {firstRowOf[row.Key]}."));
            }
            if (rowsRead == 0) errors.Add(IngestError.File("empty_file", "Tệp chỉ có dòng tiêu đề.", "The file has a header but no rows."));
        }
        catch (XlsxLimitException e)
        {
            errors.Add(IngestError.File("xlsx_too_large", e.MessageVi, e.Message));
        }
        // A broken file can fail deep inside the CSV decoder or the XLSX package reader, with many exception types.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            errors.Add(IngestError.File("unreadable_file", $"Không đọc được tệp: {e.Message}", $"The file cannot be read: {e.Message}"));
        }
        return new Result(rows, errors, rowsRead, measures);
    }
}
