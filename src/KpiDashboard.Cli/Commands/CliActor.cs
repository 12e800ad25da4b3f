namespace KpiDashboard.Cli.Commands;

/// <summary>Who the audit log names for work done on the command line: the operating-system account running it.</summary>
internal static class CliActor
{
    public static string Name => $"cli:{Environment.UserName}";
}
