namespace KpiDashboard.Web;

/// <summary>What the web app does on its first start.</summary>
public sealed class StartupOptions
{
    public const string Section = "Startup";

    /// <summary>Fill an empty database with the labelled demo dataset.</summary>
    public bool LoadDemoData { get; set; } = true;
}
