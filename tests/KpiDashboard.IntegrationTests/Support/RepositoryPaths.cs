namespace KpiDashboard.IntegrationTests.Support;

/// <summary>Finds the repository and the shared folder beside it (../shared), from the test's build output.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedData(string file)
    {
        var path = Path.Combine(Root, "..", "shared", "data", file);
        if (!File.Exists(path)) throw new FileNotFoundException($"The shared data file is missing: {path}. Tests need ../shared beside the repository.");
        return Path.GetFullPath(path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KpiDashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException("KpiDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
