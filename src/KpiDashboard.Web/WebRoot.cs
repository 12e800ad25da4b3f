namespace KpiDashboard.Web;

/// <summary>The web root is the repository's top-level wwwroot, found from the build output.</summary>
public static class WebRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiDashboard.sln")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
                return Path.Combine(dir.FullName, "wwwroot");
        }
        // A published app carries its web root beside it.
        return Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
