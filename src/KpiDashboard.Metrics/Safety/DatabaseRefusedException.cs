namespace KpiDashboard.Metrics.Safety;

/// <summary>A database operation refused before it changed anything, with the reason in Vietnamese and English.
/// <see cref="BadInput"/>: the caller asked for something wrong (exit 2), else the database's state stood in the way (exit 1).</summary>
public sealed class DatabaseRefusedException(string vi, string en, bool badInput = true) : Exception($"{vi} / {en}")
{
    public bool BadInput { get; } = badInput;
}
