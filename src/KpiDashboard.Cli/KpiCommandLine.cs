using System.CommandLine;
using System.CommandLine.Help;
using KpiDashboard.Metrics.Safety;

namespace KpiDashboard.Cli;

/// <summary>The `kpi` root: a --db option every command inherits, exit code 2 on usage errors, 1 on failures.</summary>
internal static class KpiCommandLine
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Tệp SQLite (ghi đè ConnectionStrings__Kpi) / SQLite file, overrides ConnectionStrings__Kpi",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "In nhật ký chi tiết (thời gian từng bước khi nhập) ra stderr / debug log on stderr (time of each ingest phase)",
        Recursive = true,
    };

    public static RootCommand Build(params Command[] commands)
    {
        var root = new RootCommand("kpi: số liệu giải quyết thủ tục hành chính / administrative-procedure dossier figures");
        root.Options.Add(Db);
        root.Options.Add(Verbose);
        foreach (var command in commands) root.Subcommands.Add(command);
        return root;
    }

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine("Xem / see: kpi --help");
            return ExitCodes.BadInput;
        }
        try
        {
            // Failures reach the handlers below (a sentence, exit 1 or 2) instead of System.CommandLine's stack trace.
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (DatabaseRefusedException e)
        {
            Console.Error.WriteLine($"Lỗi / error: {e.Message}");
            return e.BadInput ? ExitCodes.BadInput : ExitCodes.Failure;
        }
        catch (Exception e) when (CliDatabase.Explain(e) is { } sentence)
        {
            // No retry: a full disk, a lock or a damaged file is the operator's to fix, and retrying could only write more.
            Console.Error.WriteLine(sentence);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The innermost message: EF's own ("see the inner exception") names nothing.
            Console.Error.WriteLine($"Lỗi / error: {e.GetBaseException().Message}");
            return ExitCodes.Failure;
        }
    }
}
