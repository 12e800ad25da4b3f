namespace KpiDashboard.Cli;

/// <summary>Whether a command may change the database: only writers migrate it; readers open it read-only.</summary>
internal enum CommandMode
{
    Read,
    Write,
}
