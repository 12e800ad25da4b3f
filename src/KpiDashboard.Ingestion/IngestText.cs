namespace KpiDashboard.Ingestion;

/// <summary>Text from a source as errors echo it: short, so that a huge cell is never copied into an answer.</summary>
public static class IngestText
{
    public const int MaxEcho = 100;

    /// <summary>Messages name values too; they get more room, still bounded.</summary>
    public const int MaxMessage = 500;

    public static string Echo(string? value, int max = MaxEcho) =>
        value is null ? "" : value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
}
