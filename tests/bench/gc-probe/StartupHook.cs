using System.Diagnostics.Tracing;
using System.Globalization;

/// <summary>
/// Loaded by the runtime before Main (DOTNET_STARTUP_HOOKS). When the file GC_PROBE_DIR/snap appears it writes
/// GC_PROBE_DIR/stats: bytes allocated so far, collections per generation, total GC pause ms and the longest pause ms
/// since the previous snapshot (from the runtime's own suspend/restart events), then removes snap.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var dir = Environment.GetEnvironmentVariable("GC_PROBE_DIR");
        if (string.IsNullOrEmpty(dir)) return;
        var listener = new PauseListener();
        var thread = new Thread(() =>
        {
            var snap = Path.Combine(dir, "snap");
            while (true)
            {
                Thread.Sleep(20);
                if (!File.Exists(snap)) continue;
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {GC.GetTotalPauseDuration().TotalMilliseconds:0.000} {listener.TakeLongestMs():0.000} {GC.GetGCMemoryInfo().HeapSizeBytes}");
                File.WriteAllText(Path.Combine(dir, "stats.tmp"), line);
                File.Move(Path.Combine(dir, "stats.tmp"), Path.Combine(dir, "stats"), overwrite: true);
                File.Delete(snap);
            }
        }) { IsBackground = true, Name = "gc-probe" };
        thread.Start();
    }

    private sealed class PauseListener : EventListener
    {
        private const int SuspendBegin = 9, RestartEnd = 3;
        private DateTime _suspended;
        private double _longest;
        private readonly Lock _gate = new();

        public double TakeLongestMs()
        {
            lock (_gate)
            {
                var longest = _longest;
                _longest = 0;
                return longest;
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, (EventKeywords)1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            lock (_gate)
            {
                if (e.EventId == SuspendBegin) _suspended = e.TimeStamp;
                else if (e.EventId == RestartEnd && _suspended != default)
                {
                    _longest = Math.Max(_longest, (e.TimeStamp - _suspended).TotalMilliseconds);
                    _suspended = default;
                }
            }
        }
    }
}
