using System.Text.Json;
using System.Text.Json.Serialization;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.History;

/// <summary>
/// Reads the folder of old units and their links (../shared/data/vn-admin-units-history, see its README): the statistics
/// office's districts and communes, dvhcvn's old → new mapping, and the list of communes where the independent
/// vietnamadminunits table disagrees with dvhcvn. Reads only; <see cref="HistoryImport"/> writes.
/// </summary>
public static class HistoryFiles
{
    public const string Districts = "gso-districts-before-2025-07.csv";
    public const string Communes = "gso-communes-before-2025-07.csv";
    public const string Splits = "dvhcvn-splits-old-to-new.json";
    public const string Disagreements = "mapping-disagreements.csv";

    /// <summary>The real files are 0.04 to 2.4 MB; anything far larger is not them.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly TableLimits Limits = new() { MaxColumns = 16, MaxRows = 50_000, MaxCellChars = 400 };

    public sealed record Contents(
        IReadOnlyList<Province> Provinces, IReadOnlyList<District> Districts, IReadOnlyList<Commune> Communes,
        IReadOnlyList<UnitLink> Links, int LinksWithoutUnit);
    // LinksWithoutUnit: links left out because their old commune is not in the statistics office's list, or (after
    // HistoryImport's check) their target is not in today's list.

    public static Contents Read(string folder, IngestErrors errors)
    {
        var empty = new Contents([], [], [], [], 0);
        foreach (var name in new[] { Districts, Communes, Splits, Disagreements })
        {
            var file = new FileInfo(Path.Combine(folder, name));
            if (!file.Exists)
                errors.Add(new IngestError(0, name, "", "missing_file", $"Thiếu tệp {name} trong {folder}.", $"{name} is missing from {folder}."));
            else if (file.Length > MaxFileBytes)
                errors.Add(new IngestError(0, name, "", "file_too_large",
                    $"Tệp {name} lớn hơn {MaxFileBytes / 1024 / 1024} MB.", $"{name} is larger than {MaxFileBytes / 1024 / 1024} MB."));
        }
        if (errors.Count > 0) return empty;
        try
        {
            var provinces = new Dictionary<string, Province>();
            var districts = ReadDistricts(Path.Combine(folder, Districts), provinces, errors);
            var communes = ReadCommunes(Path.Combine(folder, Communes), provinces, errors);
            var (links, without) = ReadLinks(folder, provinces.Keys.ToHashSet(), communes.Select(c => c.Code).ToHashSet(), errors);
            return new Contents(provinces.Values.OrderBy(p => p.Code).ToList(), districts, communes, links, without);
        }
        catch (TableLimitException e)
        {
            errors.Add(e.ToError());
        }
        catch (Exception e) when (e is InvalidDataException or NotUtf8Exception or System.Text.DecoderFallbackException or JsonException)
        {
            errors.Add(UnreadableFile.Error(e));
        }
        return empty;
    }

    private static List<District> ReadDistricts(string path, Dictionary<string, Province> provinces, IngestErrors errors)
    {
        var result = new List<District>();
        foreach (var (row, cell) in Table(path, ["Mã", "Tên", "Cấp", "Mã TP", "Tỉnh / Thành Phố"], errors))
        {
            var code = Code(row, cell("Mã"), 3, Districts, "Mã", errors);
            var province = AddProvince(row, cell("Mã TP"), cell("Tỉnh / Thành Phố"), provinces, Districts, errors);
            if (code is null || province is null) continue;
            result.Add(new District
            {
                Code = code, Kind = cell("Cấp"), Name = WithoutKind(cell("Tên"), cell("Cấp")), ProvinceCode = province,
                ValidFrom = UnitValidity.OldFrom, ValidTo = UnitValidity.LastOldDay,
            });
        }
        Duplicates(result.Select(d => d.Code), Districts, errors);
        return result;
    }

    private static List<Commune> ReadCommunes(string path, Dictionary<string, Province> provinces, IngestErrors errors)
    {
        var result = new List<Commune>();
        foreach (var (row, cell) in Table(path, ["Mã", "Tên", "Cấp", "Mã QH", "Mã TP", "Tỉnh / Thành Phố"], errors))
        {
            var code = Code(row, cell("Mã"), 5, Communes, "Mã", errors);
            var district = Code(row, cell("Mã QH"), 3, Communes, "Mã QH", errors);
            var province = AddProvince(row, cell("Mã TP"), cell("Tỉnh / Thành Phố"), provinces, Communes, errors);
            if (code is null || district is null || province is null) continue;
            result.Add(new Commune
            {
                Code = code, Kind = cell("Cấp"), Name = WithoutKind(cell("Tên"), cell("Cấp")), ProvinceCode = province,
                DistrictCode = district, ValidFrom = UnitValidity.OldFrom, ValidTo = UnitValidity.LastOldDay,
            });
        }
        Duplicates(result.Select(c => c.Code), Communes, errors);
        return result;
    }

    /// <summary>
    /// dvhcvn's links, except for the communes of the disagreements file, where the statistics office's collection
    /// (vietnamadminunits) names the successors when it names any: the one rule for disagreements (see README).
    /// Links of old communes that the statistics office's list no longer has are left out and counted.
    /// </summary>
    private static (List<UnitLink> Links, int Without) ReadLinks(string folder, HashSet<string> provinces, HashSet<string> communes, IngestErrors errors)
    {
        var corrections = new Dictionary<string, string[]>();
        foreach (var (row, cell) in Table(Path.Combine(folder, Disagreements), ["old_ward_code", "tnmh_targets"], errors))
        {
            var targets = cell("tnmh_targets").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (targets.Length > 0) corrections[cell("old_ward_code").Trim()] = targets;
        }
        using var stream = File.OpenRead(Path.Combine(folder, Splits));
        var splits = JsonSerializer.Deserialize<SplitFile>(stream)?.Data ?? [];
        var links = new List<UnitLink>();
        var without = 0;
        foreach (var province in splits)
        {
            if (!provinces.Contains(province.Level1Id ?? "")) continue;
            links.AddRange(LinksOf(UnitLink.ProvinceLevel, province.Level1Id!, province.Splits, "dvhcvn"));
            foreach (var district in province.Level2s ?? [])
                links.AddRange(LinksOf(UnitLink.DistrictLevel, district.Level2Id ?? "", district.Splits, "dvhcvn"));
            foreach (var commune in province.Level3s ?? [])
            {
                var code = commune.Level3Id ?? "";
                if (!communes.Contains(code))
                {
                    without++;
                    continue;
                }
                links.AddRange(corrections.TryGetValue(code, out var targets)
                    ? LinksOf(UnitLink.CommuneLevel, code, targets.Select(t => new Split(t)).ToList(), "vietnamadminunits")
                    : LinksOf(UnitLink.CommuneLevel, code, commune.Splits, "dvhcvn"));
            }
        }
        if (links.Count(l => l.Level == UnitLink.ProvinceLevel) != provinces.Count)
            errors.Add(new IngestError(0, Splits, "", "missing_links",
                $"{Splits} không có nơi đến cho mọi tỉnh cũ.", $"{Splits} does not place every old province."));
        return (links, without);
    }

    private static IEnumerable<UnitLink> LinksOf(string level, string oldCode, IReadOnlyList<Split>? splits, string source)
    {
        var targets = (splits ?? []).Select(s => s.NewId ?? "").Where(t => t.Length > 0).Distinct().ToList();
        return targets.Select((target, i) => new UnitLink
        {
            Level = level, OldCode = oldCode, NewCode = target, Kind = targets.Count == 1 ? UnitLink.Whole : UnitLink.Part,
            Rank = i + 1, Source = source, ChangedOn = UnitValidity.MergerDay,
        });
    }

    private static string? AddProvince(int row, string code, string fullName, Dictionary<string, Province> provinces, string file, IngestErrors errors)
    {
        var c = Code(row, code, 2, file, "Mã TP", errors);
        if (c is null || provinces.ContainsKey(c)) return c;
        var kind = fullName.StartsWith("Thành phố ", StringComparison.Ordinal) ? "Thành phố" : "Tỉnh";
        var name = WithoutKind(fullName, kind);
        provinces[c] = new Province
        {
            Code = c, Kind = kind, Name = name, NameEn = VietnameseText.WithoutDiacritics(name),
            ValidFrom = UnitValidity.OldFrom, ValidTo = UnitValidity.LastOldDay,
        };
        return c;
    }

    private static string? Code(int row, string text, int digits, string file, string column, IngestErrors errors)
    {
        var t = text.Trim();
        if (t.Length == digits && t.All(char.IsAsciiDigit)) return t;
        errors.Add(new IngestError(row, $"{file}:{column}", t, "bad_code",
            $"Mã phải có {digits} chữ số: '{t}'.", $"The code must have {digits} digits: '{t}'."));
        return null;
    }

    private static void Duplicates(IEnumerable<string> codes, string file, IngestErrors errors)
    {
        foreach (var code in codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key))
            errors.Add(new IngestError(0, $"{file}:Mã", code, "duplicate_key",
                $"Mã '{code}' xuất hiện nhiều lần trong {file}.", $"Code '{code}' appears more than once in {file}."));
    }

    // "Phường Phúc Xá" with kind "Phường" → "Phúc Xá"; the statistics office writes every name with its kind.
    private static string WithoutKind(string name, string kind)
    {
        var n = VietnameseText.ToModernSpelling(name.Trim());
        return kind.Length > 0 && n.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase) ? n[(kind.Length + 1)..].Trim() : n;
    }

    private static IEnumerable<(int Row, Func<string, string> Cell)> Table(string path, string[] required, IngestErrors errors)
    {
        var file = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        using var source = new CsvTableSource(stream, Limits);
        using var rows = source.Rows().Where(r => !r.IsBlank).GetEnumerator();
        if (!rows.MoveNext()) yield break;
        var header = rows.Current.Cells.Select(c => c.Trim()).ToList();
        var missing = required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new IngestError(rows.Current.Number, file, string.Join(",", missing), "missing_header",
                $"{file} thiếu cột: {string.Join(", ", missing)}.", $"{file} lacks the columns: {string.Join(", ", missing)}."));
            yield break;
        }
        while (rows.MoveNext())
        {
            var row = rows.Current;
            yield return (row.Number, column => row.Cell(header.IndexOf(column)).Trim());
        }
    }

    private sealed record SplitFile([property: JsonPropertyName("data")] List<OldProvince>? Data);

    private sealed record OldProvince(
        [property: JsonPropertyName("level1_id")] string? Level1Id,
        [property: JsonPropertyName("splits")] List<Split>? Splits,
        [property: JsonPropertyName("level2s")] List<OldDistrict>? Level2s,
        [property: JsonPropertyName("level3s")] List<OldCommune>? Level3s);

    private sealed record OldDistrict(
        [property: JsonPropertyName("level2_id")] string? Level2Id,
        [property: JsonPropertyName("splits")] List<Split>? Splits);

    private sealed record OldCommune(
        [property: JsonPropertyName("level3_id")] string? Level3Id,
        [property: JsonPropertyName("splits")] List<Split>? Splits);

    private sealed record Split([property: JsonPropertyName("new_id")] string? NewId);
}
