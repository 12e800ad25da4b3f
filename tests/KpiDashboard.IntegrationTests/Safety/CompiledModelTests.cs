using System.Text.RegularExpressions;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>
/// The command line and the web app run on the compiled model of their provider (src/KpiDashboard.Metrics/CompiledModels),
/// which says nothing when the model in the code moves on: these tests fail until tests/regenerate-compiled-models.sh
/// has been run after a model change.
/// </summary>
public sealed class CompiledModelTests : DatabaseTest
{
    private const string Regenerate = "the compiled model is stale: run tests/regenerate-compiled-models.sh and commit CompiledModels";

    [Fact]
    public void The_services_use_the_compiled_model_of_their_provider()
    {
        var model = Db.Model;
        Assert.IsAssignableFrom<RuntimeModel>(model);
        Assert.Equal($"KpiDashboard.Metrics.CompiledModels.{Provider}", model.GetType().Namespace);
    }

    /// <summary>
    /// Writes the compiled model of the model the code builds, as `dotnet ef dbcontext optimize` does (with the same
    /// design-time factory), and compares it file by file with the committed one: a new or changed entity type,
    /// property, index, key, column type or table is a different file.
    /// </summary>
    [Fact]
    public void The_committed_compiled_model_is_the_one_the_code_builds()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "KpiDashboard.Metrics", "CompiledModels", Provider.ToString());
        var output = Path.Combine(Database.Folder, "compiled");
        using DbContext design = Provider == DatabaseProvider.Postgres
            ? new DesignTimePostgresKpiDbContextFactory().CreateDbContext([])
            : new DesignTimeKpiDbContextFactory().CreateDbContext([]);
        var metrics = typeof(KpiDbContext).Assembly;
#pragma warning disable EF1001 // the design-time services the dotnet-ef tool builds
        var services = new DesignTimeServicesBuilder(metrics, metrics, new OperationReporter(handler: null), []).Build(design);
#pragma warning restore EF1001
        services.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(design.GetService<IDesignTimeModel>().Model, output,
            new CompiledModelCodeGenerationOptions
            {
                ContextType = design.GetType(),
                ModelNamespace = $"KpiDashboard.Metrics.CompiledModels.{Provider}",
                Language = "C#",
                UseNullableReferenceTypes = true,
            });

        var generated = Directory.GetFiles(output, "*.cs").ToDictionary(f => Path.GetFileName(f), Read);
        var committed = Directory.GetFiles(folder, "*.cs").Where(f => Path.GetFileName(f) != "QueryFilters.cs")
            .ToDictionary(f => Path.GetFileName(f), Read);
        Assert.True(generated.Count > 20, $"only {generated.Count} files generated");
        List<string> differing = generated.Keys.Union(committed.Keys).Order(StringComparer.Ordinal)
            .Where(name => !generated.TryGetValue(name, out var text) || !committed.TryGetValue(name, out var kept) || text != kept)
            .ToList();
        if (differing.Count > 0)
            Assert.Fail($"{Regenerate}; these files differ: {string.Join(", ", differing)}; {FirstDifference(differing[0], generated, committed)}");
    }

    // Every generation draws a new model id.
    private static string Read(string file) =>
        Regex.Replace(File.ReadAllText(file).ReplaceLineEndings("\n"), @"modelId: new Guid\(""[0-9a-f-]+""\)", "modelId: (any)");

    private static string FirstDifference(string file, Dictionary<string, string> generated, Dictionary<string, string> committed)
    {
        if (!generated.TryGetValue(file, out var made)) return $"{file} is no longer generated";
        if (!committed.TryGetValue(file, out var kept)) return $"{file} is new";
        var (a, b) = (made.Split('\n'), kept.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        return $"{file} line {line + 1}: generated '{(line < a.Length ? a[line].Trim() : "")}', committed '{(line < b.Length ? b[line].Trim() : "")}'";
    }

    [Fact]
    public void The_compiled_model_has_the_query_filters_the_code_declares()
    {
        var built = Db.GetService<IDesignTimeModel>().Model;
        Assert.Equal(Filters(built), Filters(Db.Model));
        Assert.Equal(["KpiDashboard.Metrics.Entities.Commune: c => (c.ValidTo == null)", "KpiDashboard.Metrics.Entities.Province: p => (p.ValidTo == null)"],
            Filters(Db.Model));
    }

    [Fact]
    public async Task Old_units_stay_out_of_queries_unless_asked_for()
    {
        var today = await Db.Provinces.CountAsync();
        Db.Provinces.Add(new Province
        {
            Code = "25", Name = "Vĩnh Phú cũ", NameEn = "Old Vinh Phu", Kind = "Tỉnh", ValidFrom = new DateOnly(1997, 1, 1), ValidTo = new DateOnly(2025, 6, 30),
        });
        await Db.SaveChangesAsync();
        Db.ChangeTracker.Clear();
        Assert.Equal(34, today);
        Assert.Equal(today, await Db.Provinces.CountAsync());
        Assert.Equal(today + 1, await Db.Provinces.IgnoreQueryFilters().CountAsync());
        Assert.Equal("Phú Thọ", (await Db.Provinces.SingleAsync(p => p.Code == "25")).Name);
    }

    private static List<string> Filters(IModel model) => model.GetEntityTypes()
        .SelectMany(e => e.GetDeclaredQueryFilters().Select(f => $"{e.Name}: {f.Expression}"))
        .Order(StringComparer.Ordinal).ToList();
}
