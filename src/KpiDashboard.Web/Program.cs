using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics;
using KpiDashboard.Web;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Configuration travels with the build output, so `dotnet run` works from any directory.
    ContentRootPath = AppContext.BaseDirectory,
    WebRootPath = WebRoot.Find(),
});

builder.Services.AddKpiMetrics(builder.Configuration);
builder.Services.AddKpiIngestion(builder.Configuration);
builder.Services.AddKpiPulls(builder.Configuration);
builder.Services.AddKpiWeb(builder.Configuration);

var app = builder.Build();
// A database that cannot be used is one sentence on stderr and exit code 1, not an abort.
if (!await app.PrepareDatabaseAsync()) return 1;
app.UseKpiWeb();
app.PrintUrlsOnStart();

app.Run();
return 0;

public partial class Program;
