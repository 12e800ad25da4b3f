using Microsoft.Extensions.Configuration;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

public sealed class ReportArchiveTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reports-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly ReportCoverage Nation = new("nation", null, null);
    private static readonly ReportCoverage TanHoa25 = new("commune:04792", null, ["25"]);
    private static readonly ReportCoverage TanHoa42 = new("commune:18001", null, ["42"]);

    private ReportArchive Archive(int quota = 50) =>
        new(new ReportArchiveOptions { Root = _root, MaxArchivedPerUserPerDay = quota }, TimeProvider.System);

    [Fact]
    public async Task Saves_under_the_period_folder_and_lists_it_from_the_manifest()
    {
        var archive = Archive();
        var name = ReportFileName.Form06("Phú Thọ", Period.Parse("2025-07"));
        var saved = await archive.SaveAsync(Period.Parse("2025-07"), name, TanHoa25, [1, 2, 3], createdBy: "cli", dataVersion: 7);

        Assert.Equal(Path.Combine(_root, "2025-07", "Bieu06_PhuTho_2025-07.xlsx"), archive.PathFor(Period.Parse("2025-07"), name.Ascii));
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(_root, "2025-07", "Bieu06_PhuTho_2025-07.xlsx")));
        Assert.True(File.Exists(Path.Combine(_root, "2025-07", "manifest.json")));
        var listed = Assert.Single(await archive.ListAsync());
        Assert.Equal(saved, listed);
        Assert.Equal(("Biểu06_PhúThọ_2025-07.xlsx", "cli", 7, 3L), (listed.DisplayName, listed.CreatedBy, listed.DataVersion, listed.Length));
        Assert.Equal("2025-07/Bieu06_PhuTho_2025-07.xlsx", listed.RelativePath);
    }

    [Fact]
    public async Task Saving_again_replaces_the_file_and_its_manifest_entry()
    {
        var archive = Archive();
        var name = ReportFileName.NationalSummary(Period.Parse("2025-Q3"));
        await archive.SaveAsync(Period.Parse("2025-Q3"), name, Nation, [1]);
        await archive.SaveAsync(Period.Parse("2025-Q3"), name, Nation with { Provinces = null }, [1, 2]);
        var listed = Assert.Single(await archive.ListAsync(Period.Parse("2025-Q3")));
        Assert.Equal(2, listed.Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "2025-Q3"), "*.tmp*"));
    }

    [Fact]
    public async Task A_file_of_another_scope_gets_the_next_version_and_both_are_kept()
    {
        var archive = Archive();
        var name = ReportFileName.Form06("Phường Tân Hoà", Period.Parse("2025-07"));
        await archive.SaveAsync(Period.Parse("2025-07"), name, TanHoa42, [4, 2]);
        var second = await archive.SaveAsync(Period.Parse("2025-07"), name, TanHoa25, [2, 5]);
        var third = await archive.SaveAsync(Period.Parse("2025-07"), name, TanHoa25 with { Provinces = ["25"] }, [2, 5, 5]);

        Assert.Equal(("Bieu06_PhuongTanHoa_2025-07-v2.xlsx", "Biểu06_PhườngTânHoà_2025-07-v2.xlsx"), (second.FileName, second.DisplayName));
        Assert.Equal(second.FileName, third.FileName);
        Assert.Equal([4, 2], await File.ReadAllBytesAsync(archive.PathFor(Period.Parse("2025-07"), "Bieu06_PhuongTanHoa_2025-07.xlsx")));
        var listed = await archive.ListAsync();
        Assert.Equal([TanHoa25, TanHoa42], listed.Select(e => e.Coverage).ToList());
    }

    [Fact]
    public async Task A_limited_author_adds_at_most_the_quota_of_files_and_nothing_beyond()
    {
        var archive = Archive(quota: 2);
        await archive.SaveAsync(Period.Parse("2025-05"), ReportFileName.FactsCsv("Phú Thọ", Period.Parse("2025-05")), TanHoa25, [1], "a@x", limited: true);
        await archive.SaveAsync(Period.Parse("2025-06"), ReportFileName.FactsCsv("Phú Thọ", Period.Parse("2025-06")), TanHoa25, [1], "a@x", limited: true);
        var refused = await Assert.ThrowsAsync<ArchiveRefusedException>(() =>
            archive.SaveAsync(Period.Parse("2025-07"), ReportFileName.FactsCsv("Phú Thọ", Period.Parse("2025-07")), TanHoa25, [1], "a@x", limited: true));

        Assert.True(refused.Quota);
        Assert.False(Directory.Exists(Path.Combine(_root, "2025-07")));
        await archive.SaveAsync(Period.Parse("2025-07"), ReportFileName.FactsCsv("Phú Thọ", Period.Parse("2025-07")), TanHoa25, [1], "b@x", limited: true);
        await archive.SaveAsync(Period.Parse("2025-08"), ReportFileName.FactsCsv("Phú Thọ", Period.Parse("2025-08")), TanHoa25, [1], "a@x");
        Assert.Equal(4, (await archive.ListAsync()).Count);
    }

    [Fact]
    public void A_quota_below_one_is_refused_on_start() =>
        Assert.Throws<InvalidOperationException>(() => new ReportArchiveOptions { MaxArchivedPerUserPerDay = 0 }.Validate());

    [Theory]
    [InlineData("../escape.xlsx")]
    [InlineData("..")]
    [InlineData("a/b.xlsx")]
    [InlineData("/etc/passwd")]
    [InlineData(".hidden")]
    [InlineData("manifest.json")]
    [InlineData("Biểu06.xlsx")]
    public void Unsafe_names_are_refused(string fileName) =>
        Assert.Throws<ArgumentException>(() => Archive().PathFor(Period.Parse("2025-07"), fileName));

    [Fact]
    public void Default_root_is_the_repository_reports_folder()
    {
        var root = ReportArchive.DefaultRoot();
        Assert.Equal("reports", Path.GetFileName(root));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(root)!, "KpiDashboard.sln")));
    }
}

public sealed class ExcelReportsRegistrationTests
{
    [Fact]
    public void The_archive_root_comes_from_configuration()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Reports:Root"] = "/tmp/kpi-reports-test" }).Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, TimeProvider.System);
        services.AddKpiExcelReports(configuration);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var archive = (ReportArchive)provider.GetService(typeof(ReportArchive))!;
        Assert.Equal("/tmp/kpi-reports-test", archive.Root);
    }
}
