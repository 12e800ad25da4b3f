using System.CommandLine;
using System.CommandLine.Parsing;

namespace KpiDashboard.Cli;

/// <summary>
/// Which commands write, in one place. Everything else reads: a command missing here opens the database read-only,
/// so forgetting a writer fails loudly ("readonly database") instead of writing from a command meant to read.
/// </summary>
internal static class CommandModes
{
    private static readonly HashSet<string> Writers = new(StringComparer.Ordinal)
    {
        "ingest", "pull", "demo", "units import", "units import-history", "units link", "units import-boundaries", "fields import", "calendar import", "dossiers recompute",
        "users add", "users remove", "users set-role", "users set-provinces", "users set-communes",
        "subscriptions add", "subscriptions remove", "subscriptions import",
        "summaries send", "batches rollback", "restore",
        "submissions approve", "submissions return", "submissions reopen",
    };

    public static CommandMode Of(ParseResult parse)
    {
        var path = PathOf(parse);
        if (Writers.Contains(path)) return CommandMode.Write;
        // extract saves what it read only when asked to.
        if (path == "extract" && parse.GetValue<bool>("--save")) return CommandMode.Write;
        // remind queues its e-mails; a dry run opens the database read-only, so it cannot write.
        if (path == "submissions remind" && !parse.GetValue<bool>("--dry-run")) return CommandMode.Write;
        return CommandMode.Read;
    }

    /// <summary>"batches rollback" for `kpi batches rollback 3`: the command names below the root.</summary>
    public static string PathOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent)
            names.Insert(0, result.Command.Name);
        return string.Join(' ', names);
    }
}
