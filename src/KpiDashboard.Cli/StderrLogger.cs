using Microsoft.Extensions.Logging;

namespace KpiDashboard.Cli;

/// <summary>
/// `kpi --verbose`: the app's Debug logs (the timing of each phase of an ingest) on standard error, written at once so
/// none is lost when the process ends, and never on standard output, which carries the --json result.
/// </summary>
internal sealed class StderrLogger(string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        Console.Error.WriteLine($"{logLevel}: {category}: {formatter(state, exception)}");
        if (exception is not null) Console.Error.WriteLine(exception);
    }

    public sealed class Provider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new StderrLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
