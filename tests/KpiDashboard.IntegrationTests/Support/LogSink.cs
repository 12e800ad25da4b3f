using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>Keeps every line a host logs, to assert that nothing failed and to see what each instance did.</summary>
public sealed class LogSink : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    /// <summary>Errors and anything logged with an exception.</summary>
    public IReadOnlyList<Entry> Failures => [.. _entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null)];

    public bool Contains(string text) => _entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink._entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
    }
}
