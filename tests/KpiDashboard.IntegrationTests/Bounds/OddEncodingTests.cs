using System.Text;
using System.Text.Json;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Bounds;

/// <summary>
/// Files an official may really send: a CSV that Excel saved in the Windows code page, a JSON table cut short or nested
/// without end, a JSON table given without --format. Each is one error naming its line (exit 2, nothing written), or is
/// read as what it is.
/// </summary>
public sealed class OddEncodingTests : DatabaseTest
{
    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(Database.Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<JsonElement> RefusedAsync(string file, params string[] more)
    {
        var before = await Database.DumpAsync();
        var run = await KpiProcess.RunAsync(Database, ["ingest", file, "--json", .. more]);
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Out} {run.Error}");
        Assert.Equal(before, await Database.DumpAsync());
        using var result = JsonDocument.Parse(run.Out);
        return Assert.Single(result.RootElement.GetProperty("errors").EnumerateArray()).Clone();
    }

    [Fact]
    public async Task A_csv_in_the_windows_code_page_is_one_error_naming_its_first_line_that_is_not_utf8()
    {
        // Lines 1 and 2 are plain ASCII in either encoding; "Thanh Hoá" on line 3 has 0xE1 for "á".
        var text = Csv.Header + "2025-07,25,,SHTT,1,0,0,0,0,0,0,0\n2025-07,Thanh Hoá,,SHTT,1,0,0,0,0,0,0,0\n";
        var error = await RefusedAsync(Write("windows.csv", Windows1258.Bytes(text)));
        Assert.Equal("not_utf8", error.GetProperty("code").GetString());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Contains("0xE1", error.GetProperty("message").GetString());
        Assert.Contains("CSV UTF-8", error.GetProperty("message_en").GetString());
    }

    [Fact]
    public async Task A_dossier_list_and_a_narrative_in_the_windows_code_page_are_refused_the_same_way()
    {
        var list = DossierLists.Header + "\nHS1,1.004227,SHTT,25,,online,2025-07-01,,3,0,0,,\nHS2,1.004227,SHTT,Thanh Hoá,,online,2025-07-01,,3,0,0,,\n";
        var error = await RefusedAsync(Write("ho-so.csv", Windows1258.Bytes(list)));
        Assert.Equal(("not_utf8", 3), (error.GetProperty("code").GetString(), error.GetProperty("row").GetInt32()));

        var prose = "Tháng 7/2025, tỉnh Thanh Hoá tiếp nhận 1.200 hồ sơ.\n";
        var text = await RefusedAsync(Write("bao-cao.txt", Windows1258.Bytes(prose)), "--format", "text");
        Assert.Equal(("not_utf8", 1), (text.GetProperty("code").GetString(), text.GetProperty("row").GetInt32()));
    }

    [Fact]
    public async Task Kpi_extract_refuses_a_text_in_the_windows_code_page_naming_its_line()
    {
        var run = await KpiProcess.RunAsync(Database, "extract", Write("bao-cao.txt", Windows1258.Bytes("Báo cáo tháng 7.\nTỉnh Thanh Hoá tiếp nhận 1.200 hồ sơ.\n")));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bao-cao.txt:1: Tệp không phải văn bản UTF-8", run.Error);
    }

    [Fact]
    public async Task A_json_table_is_recognised_without_format()
    {
        var run = await KpiProcess.RunAsync(Database, "ingest", Write("bang.json",
            "\uFEFF\n  [{\"period\":\"2025-07\",\"province\":\"25\",\"field\":\"SHTT\",\"received_online\":4}]"u8.ToArray()), "--json");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        using var result = JsonDocument.Parse(run.Out);
        Assert.Equal(1, result.RootElement.GetProperty("inserted").GetInt32());
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("deep")]
    public async Task A_json_table_cut_short_or_nested_without_end_is_one_error_naming_its_line(string kind)
    {
        var content = kind == "cut"
            ? "[\n{\"period\":\"2025-07\",\"province\":\"25\",\"field\":\"SHTT\",\"received_online\":4},\n{\"period\":\"2025-08\",\"prov"
            : "\n" + new string('[', 100_000) + new string(']', 100_000);
        var error = await RefusedAsync(Write($"{kind}.json", Encoding.UTF8.GetBytes(content)));
        Assert.Equal(("invalid_json", kind == "cut" ? 3 : 2), (error.GetProperty("code").GetString(), error.GetProperty("row").GetInt32()));
        Assert.Contains("JSON không hợp lệ", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("calendar", "date,kind,source\n2026-03-02,off,Thông báo thử\n")]
    [InlineData("subscriptions", "email,name,scope,lang\ntu-phap@example.vn,Sở Tư pháp,province:25,vi\n")]
    public async Task A_schedule_or_subscriptions_file_in_the_windows_code_page_exits_2_naming_its_line(string command, string text)
    {
        // Read leniently before, the Vietnamese letters became replacement characters in the stored notes and names.
        var before = await Database.DumpAsync();
        var run = await KpiProcess.RunAsync(Database, command, "import", Write("windows.csv", Windows1258.Bytes(text)));
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Out} {run.Error}");
        Assert.Contains("windows.csv:2: not_utf8:", run.Error);
        Assert.Contains("CSV UTF-8", run.Error);
        Assert.Equal(before, await Database.DumpAsync());
    }
}
