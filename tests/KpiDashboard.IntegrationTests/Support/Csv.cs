using System.Text;
using KpiDashboard.Ingestion.Batches;

namespace KpiDashboard.IntegrationTests.Support;

internal static class Csv
{
    public const string Header = "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";

    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    public static Task<IngestResult> IngestAsync(this TestDatabase db, string csv, string name = "figures.csv", bool dryRun = false) =>
        db.With<IngestService, IngestResult>(s => s.IngestAsync(Stream(csv), name, new IngestOptions(DryRun: dryRun)));
}
