using KpiDashboard.Ingestion.Pulls;

namespace KpiDashboard.UnitTests.Pulls;

public sealed class OptionsValidationTests
{
    private static PullSourceOptions Good() => new() { Name = "a", Url = "https://example.org/f.csv", Format = "csv", Schedule = "0 6 * * *" };

    [Fact]
    public void A_good_source_has_no_problems() =>
        Assert.Empty(new PullOptions { Sources = [Good()] }.Problems(_ => null));

    [Fact]
    public void Every_problem_is_named()
    {
        var bad = new PullSourceOptions { Name = "b", Url = "ftp://x", Format = "xml", Schedule = "every day", TimeoutSeconds = 0 };
        var problems = new PullOptions { Sources = [Good(), Good(), bad] }.Problems(_ => null);

        Assert.Contains(problems, p => p.Contains("used twice"));
        Assert.Contains(problems, p => p.Contains("Url"));
        Assert.Contains(problems, p => p.Contains("Format"));
        Assert.Contains(problems, p => p.Contains("Schedule"));
        Assert.Contains(problems, p => p.Contains("TimeoutSeconds"));
    }

    [Fact]
    public void A_secret_header_needs_its_environment_variable()
    {
        var source = Good();
        source.HeadersFromEnvironment["Authorization"] = "KPI_TEST_TOKEN";

        Assert.Contains("KPI_TEST_TOKEN", Assert.Single(new PullOptions { Sources = [source] }.Problems(_ => null)));
        Assert.Empty(new PullOptions { Sources = [source] }.Problems(v => v == "KPI_TEST_TOKEN" ? "Bearer x" : null));
    }
}
