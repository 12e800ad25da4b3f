namespace KpiDashboard.Metrics.Data;

/// <summary>How a database stands against the migrations this program carries.</summary>
public enum MigrationState
{
    /// <summary>Every migration applied.</summary>
    Current,
    /// <summary>A KpiDashboard database that a write command or the web app's start would upgrade.</summary>
    NeedsUpgrade,
    /// <summary>No migration history at all: an empty file, or another program's database.</summary>
    NotKpiDatabase,
    /// <summary>Migrations this program does not know: written by a newer version.</summary>
    Newer,
}
