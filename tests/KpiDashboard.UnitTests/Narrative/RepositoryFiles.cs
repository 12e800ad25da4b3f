namespace KpiDashboard.UnitTests.Narrative;

/// <summary>The repository (where KpiDashboard.sln is) and the shared folder beside it, from the test's build output.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SharedData(string file)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", file));
        if (!File.Exists(path)) throw new FileNotFoundException($"The shared data file is missing: {path}. Tests need ../shared beside the repository.");
        return path;
    }

    /// <summary>tests/TestResults, where tests/run.sh collects results.</summary>
    public static string TestResults()
    {
        var path = Path.Combine(Root, "tests", "TestResults");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KpiDashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException("KpiDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
