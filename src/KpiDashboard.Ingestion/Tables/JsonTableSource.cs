using System.Globalization;
using System.Text.Json;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// A JSON array of objects with the canonical keys as a table: the keys in order of first appearance are the header,
/// object n (1-based) is row n. Numbers, numeric strings and null are accepted as values. Keys, values and objects are
/// bounded by <see cref="TableLimits"/> like the columns, cells and rows of any table.
/// </summary>
public sealed class JsonTableSource(Stream stream, TableLimits? limits = null) : ITableSource
{
    private readonly TableLimits _limits = limits ?? TableLimits.Default;

    public IEnumerable<TableRow> Rows()
    {
        if (stream.CanSeek && stream.Length - stream.Position > _limits.JsonMaxBytes)
            throw new TableLimitException(0, "", $"Tệp JSON lớn hơn {_limits.JsonMaxBytes / 1024 / 1024} MB: hãy dùng CSV.",
                $"The JSON file is larger than {_limits.JsonMaxBytes / 1024 / 1024} MB: use CSV.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException("cần một mảng JSON các đối tượng / expected a JSON array of objects");
        var keys = new List<string>();
        var objects = new List<Dictionary<string, string>>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"phần tử {objects.Count + 1} không phải đối tượng / item {objects.Count + 1} is not an object");
            if (objects.Count >= _limits.MaxRows) throw Outside(objects.Count + 1, keys.Count);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in item.EnumerateObject())
            {
                if (!keys.Contains(property.Name))
                {
                    if (keys.Count >= _limits.MaxColumns) throw Outside(objects.Count + 1, keys.Count);
                    keys.Add(property.Name);
                }
                var text = Text(property.Value);
                if (text.Length > _limits.MaxCellChars || property.Name.Length > _limits.MaxCellChars)
                    throw TableLimitException.CellTooLong(Where(objects.Count + 1, property.Name), objects.Count + 1, IngestText.Echo(property.Name), _limits);
                values[property.Name] = text;
            }
            objects.Add(values);
        }
        yield return new TableRow(0, keys.ToArray());
        for (var i = 0; i < objects.Count; i++)
            yield return new TableRow(i + 1, keys.Select(k => objects[i].GetValueOrDefault(k, "")).ToArray());
    }

    private TableLimitException Outside(int item, int key) =>
        TableLimitException.OutsideRange(Where(item, string.Create(CultureInfo.InvariantCulture, $"#{key + 1}")), item, "", _limits.MaxRows, _limits);

    private static (string Vi, string En) Where(int item, string key)
    {
        var name = IngestText.Echo(key, 40);
        return (string.Create(CultureInfo.InvariantCulture, $"của khóa '{name}' ở phần tử {item}"), string.Create(CultureInfo.InvariantCulture, $"of key '{name}' in item {item}"));
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => "",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"giá trị không hợp lệ / invalid value {IngestText.Echo(value.GetRawText())}")),
    };

    public void Dispose() { }
}
