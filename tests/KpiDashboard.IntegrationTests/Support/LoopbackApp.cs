using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// One complete instance of the web app (the real Program with its hosted services: e-mail schedule, pulls) on Kestrel
/// at a loopback port, over a test database, with its log kept. Give it a clock to drive its schedules.
/// </summary>
public sealed class LoopbackApp : KpiWebFactory
{
    public LoopbackApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null) : base(database)
    {
        Time = time;
        Settings["urls"] = "http://127.0.0.1:0";
        // Tests import the communes they need themselves.
        Settings["Startup:UnitsFile"] = "";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) Settings[key] = value;
        UseKestrel(0);
    }

    public LogSink Log { get; } = new();

    /// <summary>http://127.0.0.1:port/ once started.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Builds and starts the app: migration, demo data and hosted services, as `dotnet run` would.</summary>
    public void Start()
    {
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A client over real HTTP, unlike <see cref="WebApplicationFactory{T}.CreateClient()"/>'s in-memory one.</summary>
    public HttpClient HttpClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}
