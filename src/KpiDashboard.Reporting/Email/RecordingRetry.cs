namespace KpiDashboard.Reporting.Email;

/// <summary>Retries a database write that records what already happened, 1, 2, 4 … 30 s apart, until a deadline.</summary>
internal static class RecordingRetry
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    /// <summary>The write's result; past <paramref name="until"/> its last exception is thrown.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> write, DateTimeOffset until, TimeProvider time, Action<Exception, DateTimeOffset> retrying)
    {
        var wait = FirstWait;
        while (true)
        {
            try
            {
                return await write();
            }
            catch (Exception e) when (e is not OperationCanceledException && time.GetUtcNow() + wait < until)
            {
                retrying(e, time.GetUtcNow() + wait);
            }
            // Not cancellable: what the SMTP server answered must be written, or the run must stop trying deliberately.
            await Task.Delay(wait, time, CancellationToken.None);
            wait = wait * 2 < LongestWait ? wait * 2 : LongestWait;
        }
    }
}
