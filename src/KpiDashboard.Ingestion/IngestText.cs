namespace KpiDashboard.Ingestion;

/// <summary>
/// Text from a source as errors and warnings echo it: short, so that a huge cell is never copied into an answer, and so
/// that the errors listed (<see cref="IngestErrors.Limit"/>) stay a few hundred kilobytes at most.
/// </summary>
public static class IngestText
{
    public const int MaxEcho = 80;

    /// <summary>A message names the value too, shorter still; the whole message is bounded.</summary>
    public const int MaxEchoInMessage = 40;

    public const int MaxMessage = 200;

    public static string Echo(string? value, int max = MaxEcho) =>
        value is null ? "" : value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");

    /// <summary>The message with the value it quotes cut short, then cut to <see cref="MaxMessage"/>.</summary>
    public static string Message(string message, string? value)
    {
        var quoted = value?.Trim();
        if (quoted is { Length: > MaxEchoInMessage } && message.Contains(quoted, StringComparison.Ordinal))
            message = message.Replace(quoted, Echo(quoted, MaxEchoInMessage), StringComparison.Ordinal);
        return Echo(message, MaxMessage);
    }

    /// <summary>
    /// Error lines of an import that are plain text (the subscription list): the first <see cref="IngestErrors.Limit"/>,
    /// each cut to twice <see cref="MaxMessage"/>, then how many more there were.
    /// </summary>
    public static IReadOnlyList<string> Listed(IReadOnlyList<string> lines)
    {
        var listed = lines.Take(IngestErrors.Limit).Select(l => Echo(l, 2 * MaxMessage)).ToList();
        var more = lines.Count - listed.Count;
        if (more > 0) listed.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… và {more} lỗi khác không liệt kê / and {more} more errors not listed"));
        return listed;
    }
}
