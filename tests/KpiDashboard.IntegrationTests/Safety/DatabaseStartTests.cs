using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>The web app creates a SQLite database only at the default path or when told to, and never takes an empty
/// file for a new database.</summary>
public sealed class DatabaseStartTests : DatabaseTest
{
    private string StartFails(string file, bool createIfMissing)
    {
        using var app = new LoopbackApp(Database, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Kpi"] = $"Data Source={file}",
            ["Database:CreateIfMissing"] = createIfMissing ? "true" : "false",
        });
        var error = Assert.ThrowsAny<Exception>(app.Start);
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException) messages.Add(e.Message);
        return string.Join(" | ", messages);
    }

    [Fact]
    public void A_missing_file_at_a_configured_path_is_refused_and_not_created()
    {
        var typo = Path.Combine(Database.Folder, "typo.db");
        var message = StartFails(typo, createIfMissing: false);
        Assert.Contains($"no database at {typo} (ConnectionStrings:Kpi)", message);
        Assert.Contains("Database:CreateIfMissing=true", message);
        Assert.False(File.Exists(typo));
    }

    [Fact]
    public void An_empty_file_is_refused_and_never_filled_with_demo_data()
    {
        var empty = Path.Combine(Database.Folder, "empty.db");
        File.WriteAllBytes(empty, []);
        var message = StartFails(empty, createIfMissing: true);
        Assert.Contains("is an empty file (0 bytes), not a KpiDashboard database", message);
        Assert.Equal(0, new FileInfo(empty).Length);
    }
}
