using System.Text.Json;
using KpiDashboard.Ingestion;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Bounds;

/// <summary>
/// The real `kpi` process answers the audit's files with exit code 2 and bounded output, as text and as JSON, and refuses
/// a narrative text over Narrative:MaxChars in `kpi extract` and `kpi ingest --format text`.
/// </summary>
public sealed class CliBoundsTests : DatabaseTest
{
    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(Database.Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public async Task Bad_rows_print_the_first_errors_and_a_count_of_the_rest()
    {
        var file = Write("bad.csv", HostileInputs.BadRows());
        var text = await KpiProcess.RunAsync(Database, "ingest", file);
        Assert.Equal(2, text.ExitCode);
        Assert.True(text.Error.Length + text.Out.Length < HostileInputs.MaxAnswerBytes, $"{text.Error.Length:N0} characters");
        Assert.Contains("lỗi khác", text.Error);
        Assert.Contains("more errors", text.Error);

        var json = await KpiProcess.RunAsync(Database, "ingest", file, "--json");
        Assert.Equal(2, json.ExitCode);
        Assert.True(json.Out.Length < HostileInputs.MaxAnswerBytes, $"{json.Out.Length:N0} characters");
        using var result = JsonDocument.Parse(json.Out);
        Assert.Equal(IngestErrors.Limit, result.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task A_wide_header_and_a_huge_cell_are_one_error_each()
    {
        foreach (var (name, content) in new[] { ("wide.csv", HostileInputs.WideHeader()), ("cell.csv", HostileInputs.HugeCell()) })
        {
            var run = await KpiProcess.RunAsync(Database, "ingest", Write(name, content), "--json");
            Assert.Equal(2, run.ExitCode);
            using var result = JsonDocument.Parse(run.Out);
            Assert.Equal("outside_limits", Assert.Single(result.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task The_field_and_unit_imports_stop_at_a_huge_cell_with_one_error()
    {
        var fields = await KpiProcess.RunAsync(Database, "fields", "import", Write("fields.csv", "code,name_vi,name_en\nX,"u8.ToArray().Concat(new byte[5 * 1024 * 1024].Select(_ => (byte)'a')).ToArray()));
        Assert.Equal(2, fields.ExitCode);
        Assert.Contains("outside_limits", fields.Error);
        Assert.True(fields.Error.Length < 4 * 1024, $"{fields.Error.Length:N0} characters");
    }

    [Fact]
    public async Task A_text_over_the_narrative_limit_is_refused_by_extract_and_ingest()
    {
        var file = Write("long.txt", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("1 hồ sơ, ", 200_000))));
        var extract = await KpiProcess.RunAsync(Database, "extract", file);
        Assert.Equal(2, extract.ExitCode);
        Assert.Contains("split it", extract.Error);
        var ingest = await KpiProcess.RunAsync(Database, "ingest", file, "--format", "text", "--json");
        Assert.Equal(2, ingest.ExitCode);
        using var result = JsonDocument.Parse(ingest.Out);
        Assert.Equal("text_too_long", Assert.Single(result.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
    }
}
