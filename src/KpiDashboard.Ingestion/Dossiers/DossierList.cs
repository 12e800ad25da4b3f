using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>Reads a whole dossier list (CSV or XLSX), validating every row; the ignored columns become warnings.</summary>
public static class DossierList
{
    public sealed record Result(IReadOnlyList<DossierRow> Rows, IngestErrors Errors, int RowsRead, IReadOnlyList<IngestWarning> Warnings);

    public static Result Read(Func<ITableSource> open, UnitDirectory units, DossierRules rules, AccessScope access)
    {
        var errors = new IngestErrors();
        var rows = new List<DossierRow>();
        var warnings = new List<IngestWarning>();
        var read = 0;
        try
        {
            using var source = open();
            using var table = source.Rows().Where(r => !r.IsBlank).GetEnumerator();
            if (!table.MoveNext())
                return new Result([], [IngestError.File("empty_file", "Tệp không có dữ liệu.", "The file has no data.")], 0, []);
            var mapping = DossierHeaders.Map(new TableHeader(table.Current.Number, table.Current.Cells));
            if (mapping.Errors.Count > 0) return new Result([], mapping.Errors, 0, []);
            if (mapping.Personal.Count > 0)
                warnings.Add(new IngestWarning(table.Current.Number, string.Join(", ", mapping.Personal), "", "personal_data_ignored",
                    $"Không đọc các cột dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): {string.Join(", ", mapping.Personal)}.",
                    $"Columns of personal data not read (Decree 13/2023): {string.Join(", ", mapping.Personal)}."));
            if (mapping.Other.Count > 0)
                warnings.Add(new IngestWarning(table.Current.Number, string.Join(", ", mapping.Other), "", "column_ignored",
                    $"Không đọc các cột không nhận ra: {string.Join(", ", mapping.Other)}.",
                    $"Unrecognised columns not read: {string.Join(", ", mapping.Other)}."));

            var parser = new DossierRowParser(units, rules, mapping.Columns);
            var firstRowOf = new Dictionary<(string Unit, string Code), int>();
            while (table.MoveNext())
            {
                read++;
                if (parser.Parse(table.Current, errors) is not { } row) continue;
                if (!access.CanIngestInto(row.ProvinceCode))
                {
                    errors.Add(new IngestError(row.Row, "province", row.ProvinceCode, "province_not_allowed",
                        $"Tài khoản không được nhập số liệu của tỉnh {row.ProvinceCode}.", $"This account may not ingest into province {row.ProvinceCode}."));
                    continue;
                }
                if (firstRowOf.TryAdd((row.UnitCode, row.Code), row.Row)) rows.Add(row);
                else errors.Add(new IngestError(row.Row, "dossier_code", row.Code, "duplicate_dossier",
                    $"Mã hồ sơ trùng với dòng {firstRowOf[(row.UnitCode, row.Code)]} của cùng đơn vị.",
                    $"The dossier code repeats row {firstRowOf[(row.UnitCode, row.Code)]} of the same unit."));
            }
        }
        catch (TableLimitException e)
        {
            errors.Add(e.ToError());
        }
        catch (XlsxLimitException e)
        {
            errors.Add(IngestError.File("xlsx_too_large", e.MessageVi, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            errors.Add(IngestError.File("unreadable_file", $"Không đọc được tệp: {e.Message}", $"The file cannot be read: {e.Message}"));
        }
        if (read == 0 && errors.Count == 0) errors.Add(IngestError.File("empty_file", "Tệp chỉ có dòng tiêu đề.", "The file has a header but no rows."));
        return new Result(rows, errors, read, warnings);
    }
}
