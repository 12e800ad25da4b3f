using System.Globalization;
using System.Text.Json;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// A JSON array of objects with the canonical keys as a table: the keys in order of first appearance are the header,
/// object n (1-based) is row n. Numbers, numeric strings and null are accepted as values.
/// </summary>
public sealed class JsonTableSource(Stream stream) : ITableSource
{
    public IEnumerable<TableRow> Rows()
    {
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException("cần một mảng JSON các đối tượng / expected a JSON array of objects");
        var keys = new List<string>();
        var objects = new List<Dictionary<string, string>>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"phần tử {objects.Count + 1} không phải đối tượng / item {objects.Count + 1} is not an object");
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in item.EnumerateObject())
            {
                if (!keys.Contains(property.Name)) keys.Add(property.Name);
                values[property.Name] = Text(property.Value);
            }
            objects.Add(values);
        }
        yield return new TableRow(0, keys.ToArray());
        for (var i = 0; i < objects.Count; i++)
            yield return new TableRow(i + 1, keys.Select(k => objects[i].GetValueOrDefault(k, "")).ToArray());
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => "",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"giá trị không hợp lệ / invalid value {value.GetRawText()}")),
    };

    public void Dispose() { }
}
