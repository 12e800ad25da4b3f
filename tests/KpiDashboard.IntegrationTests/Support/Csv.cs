using System.Text;
using KpiDashboard.Ingestion.Batches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Support;

internal static class Csv
{
    public const string Header = "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";

    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    public static Task<IngestResult> IngestAsync(this TestDatabase db, string csv, string name = "figures.csv", bool dryRun = false) =>
        db.With<IngestService, IngestResult>(s => s.IngestAsync(Stream(csv), name, new IngestOptions(DryRun: dryRun)));

    /// <summary>Ingests with the batch writer's log kept, to see which way it went (its phases).</summary>
    public static async Task<(IngestResult Result, List<string> Log)> IngestLoggedAsync(this TestDatabase db, string csv)
    {
        var log = new ListLogger<BatchWriter>();
        await using var services = db.Services(s => s.AddSingleton<ILogger<BatchWriter>>(log));
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IngestService>().IngestAsync(Stream(csv), "figures.csv", new IngestOptions());
        return (result, log.Messages);
    }
}
