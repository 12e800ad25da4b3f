using System.Text.Json;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Units;

/// <summary>
/// Imports communes from the official list (JSON: provinces with their "Wards") or a CSV code,name,province_code.
/// Idempotent: a commune already known is updated in place, never duplicated.
/// </summary>
public sealed class UnitImport(KpiDbContext db, TimeProvider time, DataChanges? changes = null)
{
    public sealed record Outcome(int Read, int Inserted, int Updated, int Unchanged, IngestErrors Errors);

    private static readonly string[] Kinds = ["Xã", "Phường", "Đặc khu"];

    /// <summary>The largest list taken: the official one of 3,321 communes is 1.5 MB, and JSON is read whole.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public async Task<Outcome> ImportAsync(Stream content, CancellationToken ct = default)
    {
        var provinces = await db.Provinces.AsNoTracking().Select(p => p.Code).ToListAsync(ct);
        var errors = new IngestErrors();
        if (content.CanSeek && content.Length - content.Position > MaxBytes)
        {
            errors.Add(IngestError.File("outside_limits", $"Tệp lớn hơn {MaxBytes / 1024 / 1024} MB.", $"The file is larger than {MaxBytes / 1024 / 1024} MB."));
            return new Outcome(0, 0, 0, 0, errors);
        }
        List<(int Row, Commune Commune)> communes;
        try
        {
            communes = LooksLikeJson(content) ? ReadJson(content, errors) : ReadCsv(content, errors);
        }
        catch (TableLimitException e)
        {
            errors.Add(e.ToError());
            return new Outcome(0, 0, 0, 0, errors);
        }
        foreach (var (row, commune) in communes)
        {
            if (!provinces.Contains(commune.ProvinceCode))
                errors.Add(new IngestError(row, "province_code", commune.ProvinceCode, "unknown_province",
                    $"Mã tỉnh không tồn tại: '{commune.ProvinceCode}'.", $"Unknown province code '{commune.ProvinceCode}'."));
            if (commune.Code.Length != 5 || !commune.Code.All(char.IsAsciiDigit))
                errors.Add(new IngestError(row, "code", commune.Code, "bad_code",
                    $"Mã xã phải có 5 chữ số: '{commune.Code}'.", $"A commune code has five digits: '{commune.Code}'."));
        }
        foreach (var duplicate in communes.GroupBy(c => c.Commune.Code).Where(g => g.Count() > 1))
            errors.Add(new IngestError(duplicate.Skip(1).First().Row, "code", duplicate.Key, "duplicate_key",
                $"Mã xã '{duplicate.Key}' xuất hiện nhiều lần.", $"Commune code '{duplicate.Key}' appears more than once."));
        if (errors.Count > 0) return new Outcome(communes.Count, 0, 0, 0, errors);

        // One import at a time: two app instances importing the list as they start would insert the same communes twice.
        await using var transaction = await db.Database.BeginExclusiveTransactionAsync(ExclusiveTransaction.Units, ct);
        var existing = await db.Communes.ToDictionaryAsync(c => c.Code, ct);
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var (_, commune) in communes)
        {
            if (!existing.TryGetValue(commune.Code, out var known))
            {
                db.Communes.Add(commune);
                inserted++;
            }
            else if (known.Name != commune.Name || known.Kind != commune.Kind || known.ProvinceCode != commune.ProvinceCode)
            {
                known.Name = commune.Name;
                known.Kind = commune.Kind;
                known.ProvinceCode = commune.ProvinceCode;
                updated++;
            }
            else unchanged++;
        }
        var changed = inserted + updated > 0;
        if (changed) DataChanges.Note(db, DataRevision.Units, time);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (changed) changes?.Committed();
        db.ChangeTracker.Clear();
        return new Outcome(communes.Count, inserted, updated, unchanged, []);
    }

    private static bool LooksLikeJson(Stream content)
    {
        int b;
        while ((b = content.ReadByte()) is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF) { }
        content.Position = 0;
        return b is '[' or '{';
    }

    /// <summary>The communes of the official list (JSON), without touching the database.</summary>
    public static IReadOnlyList<Commune> ReadOfficialList(Stream content, IngestErrors errors) =>
        ReadJson(content, errors).Select(c => c.Commune).ToList();

    private static List<(int Row, Commune Commune)> ReadJson(Stream content, IngestErrors errors)
    {
        var result = new List<(int, Commune)>();
        try
        {
            var provinces = JsonSerializer.Deserialize<List<OfficialProvince>>(content) ?? [];
            var index = 0;
            foreach (var province in provinces)
                foreach (var ward in province.Wards ?? [])
                {
                    index++;
                    result.Add((index, new Commune
                    {
                        Code = ward.Code ?? "", Name = VietnameseText.ToModernSpelling(ward.Name ?? ""),
                        Kind = ward.AdministrativeUnitShortName ?? "Xã", ProvinceCode = ward.ProvinceCode ?? province.Code ?? "",
                    }));
                }
        }
        catch (JsonException e)
        {
            errors.Add(UnreadableFile.Error(e));
        }
        return result;
    }

    private static List<(int Row, Commune Commune)> ReadCsv(Stream content, IngestErrors errors)
    {
        var result = new List<(int, Commune)>();
        using var source = new CsvTableSource(content);
        using var rows = source.Rows().Where(r => !r.IsBlank).GetEnumerator();
        if (!rows.MoveNext()) return result;
        var header = rows.Current.Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        int code = header.IndexOf("code"), name = header.IndexOf("name"), province = header.IndexOf("province_code");
        if (code < 0 || name < 0 || province < 0)
        {
            errors.Add(new IngestError(rows.Current.Number, string.Join(",", header), "", "missing_header",
                "Tiêu đề phải là code,name,province_code.", "The header must be code,name,province_code."));
            return result;
        }
        while (rows.MoveNext())
        {
            var row = rows.Current;
            var (kind, bareName) = SplitKind(row.Cell(name).Trim());
            result.Add((row.Number, new Commune
            {
                Code = row.Cell(code).Trim().PadLeft(5, '0'), Name = VietnameseText.ToModernSpelling(bareName),
                Kind = kind, ProvinceCode = row.Cell(province).Trim().PadLeft(2, '0'),
            }));
        }
        return result;
    }

    // "Phường Ba Đình" → ("Phường", "Ba Đình"); a name without prefix is a commune (xã).
    private static (string Kind, string Name) SplitKind(string name)
    {
        foreach (var kind in Kinds)
            if (name.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase)) return (kind, name[(kind.Length + 1)..].Trim());
        return ("Xã", name);
    }

    private sealed record OfficialProvince(string? Code, List<OfficialWard>? Wards);

    private sealed record OfficialWard(string? Code, string? Name, string? ProvinceCode, string? AdministrativeUnitShortName);
}
