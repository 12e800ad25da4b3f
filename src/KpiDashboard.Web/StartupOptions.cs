namespace KpiDashboard.Web;

/// <summary>What the web app does on its first start.</summary>
public sealed class StartupOptions
{
    public const string Section = "Startup";

    /// <summary>Fill an empty database with the labelled demo dataset.</summary>
    public bool LoadDemoData { get; set; } = true;

    /// <summary>
    /// The official list of communes to import into a database that has none (JSON as vn-admin-units-2025.json, or CSV).
    /// A relative path is taken from the repository root. The product ships no copy of the list.
    /// </summary>
    public string? UnitsFile { get; set; }

    /// <summary>
    /// The folder of the units of before 1 July 2025 and their links (as ../shared/data/vn-admin-units-history), imported
    /// once into a database that has today's communes and no old units. A relative path is taken from the repository root.
    /// </summary>
    public string? UnitsHistoryFolder { get; set; }

    /// <summary>
    /// Commune boundaries (TopoJSON as vn-boundaries-2025/communes-simplified.topojson) to import for the maps into a
    /// database that has communes and no boundaries yet. A relative path is taken from the repository root.
    /// </summary>
    public string? BoundariesFile { get; set; }
}
