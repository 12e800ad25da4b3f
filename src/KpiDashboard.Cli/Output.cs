using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace KpiDashboard.Cli;

internal static class Output
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Vietnamese stays readable in the output instead of \u escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void WriteJson(object value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));
}
