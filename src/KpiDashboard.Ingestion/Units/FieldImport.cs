using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Units;

/// <summary>Adds fields from a CSV code,name_vi,name_en; a known code is updated in place.</summary>
public sealed class FieldImport(KpiDbContext db, TimeProvider time, DataChanges? changes = null)
{
    public sealed record Outcome(int Read, int Inserted, int Updated, IngestErrors Errors);

    public async Task<Outcome> ImportAsync(Stream content, CancellationToken ct = default)
    {
        var errors = new IngestErrors();
        var fields = new List<(int Row, Field Field)>();
        try
        {
            using (var source = new CsvTableSource(content))
            using (var rows = source.Rows().Where(r => !r.IsBlank).GetEnumerator())
            {
                if (!rows.MoveNext()) return new Outcome(0, 0, 0, [IngestError.File("empty_file", "Tệp không có dữ liệu.", "The file has no data.")]);
                var header = rows.Current.Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
                int code = header.IndexOf("code"), vi = header.IndexOf("name_vi"), en = header.IndexOf("name_en");
                if (code < 0 || vi < 0 || en < 0)
                    return new Outcome(0, 0, 0, [new IngestError(rows.Current.Number, "", "", "missing_header",
                        "Tiêu đề phải là code,name_vi,name_en.", "The header must be code,name_vi,name_en.")]);
                while (rows.MoveNext())
                {
                    var row = rows.Current;
                    var field = new Field { Code = row.Cell(code).Trim(), NameVi = row.Cell(vi).Trim(), NameEn = row.Cell(en).Trim() };
                    if (field.Code.Length is 0 or > 20)
                        errors.Add(new IngestError(row.Number, "code", field.Code, "bad_code", "Mã lĩnh vực trống hoặc quá dài (tối đa 20).", "Field code empty or longer than 20."));
                    if (field.NameVi.Length == 0)
                        errors.Add(new IngestError(row.Number, "name_vi", "", "missing_value", "Thiếu tên tiếng Việt.", "Missing Vietnamese name."));
                    fields.Add((row.Number, field));
                }
            }
        }
        catch (TableLimitException e)
        {
            errors.Add(e.ToError());
            return new Outcome(fields.Count, 0, 0, errors);
        }
        foreach (var duplicate in fields.GroupBy(f => f.Field.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add(new IngestError(duplicate.Skip(1).First().Row, "code", duplicate.Key, "duplicate_key",
                $"Mã lĩnh vực '{duplicate.Key}' xuất hiện nhiều lần.", $"Field code '{duplicate.Key}' appears more than once."));
        if (errors.Count > 0) return new Outcome(fields.Count, 0, 0, errors);

        var existing = await db.Fields.ToDictionaryAsync(f => f.Code, StringComparer.OrdinalIgnoreCase, ct);
        int inserted = 0, updated = 0;
        foreach (var (_, field) in fields)
        {
            if (!existing.TryGetValue(field.Code, out var known)) { db.Fields.Add(field); inserted++; }
            else if (known.NameVi != field.NameVi || known.NameEn != field.NameEn)
            {
                known.NameVi = field.NameVi;
                known.NameEn = field.NameEn;
                updated++;
            }
        }
        var changed = inserted + updated > 0;
        if (changed) DataChanges.Note(db, DataRevision.Fields, time);
        await db.SaveChangesAsync(ct);
        if (changed) changes?.Committed();
        db.ChangeTracker.Clear();
        return new Outcome(fields.Count, inserted, updated, []);
    }
}
