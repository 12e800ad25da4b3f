using KpiDashboard.Metrics.Data;

namespace KpiDashboard.Cli;

/// <summary>
/// Which database this run of `kpi` opened, remembered before it is opened, so that a failure reaching the top level
/// (after the command's services are gone) can name it: "kpi.db is damaged", not a stack trace.
/// </summary>
internal static class CliDatabase
{
    public static string? Location { get; private set; }

    public static void Remember((DatabaseProvider Provider, string ConnectionString) database) =>
        Location = DatabaseFailure.LocationOf(database.Provider, database.ConnectionString);

    /// <summary>One sentence for a database that cannot be used; null for any other failure.</summary>
    public static string? Explain(Exception e) => DatabaseFailure.Classify(e, Location)?.Sentence;
}
