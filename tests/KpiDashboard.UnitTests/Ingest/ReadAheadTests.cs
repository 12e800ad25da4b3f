using KpiDashboard.Ingestion.Batches;

namespace KpiDashboard.UnitTests.Ingest;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Every_row_arrives_once_and_in_order_across_blocks()
    {
        var rows = new List<int>();
        await foreach (var block in ReadAhead.Blocks(Enumerable.Range(1, 5000), CancellationToken.None)) rows.AddRange(block);
        Assert.Equal(Enumerable.Range(1, 5000), rows);
    }

    [Fact]
    public async Task An_error_while_reading_reaches_the_caller_after_rows_read_before_it()
    {
        var rows = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var block in ReadAhead.Blocks(Failing(3000), CancellationToken.None)) rows.AddRange(block);
        });
        Assert.Equal("row 3001", error.Message);
        // Rows travel in whole blocks: every block completed before the failing one arrives, the failing one never does.
        Assert.Equal(Enumerable.Range(1, 3000 / ReadAhead.BlockSize * ReadAhead.BlockSize), rows);
    }

    [Fact]
    public async Task A_caller_that_stops_early_stops_the_reading_before_it_returns()
    {
        using var stop = new CancellationTokenSource();
        var source = new GatedSource(stop.Token);
        await foreach (var block in ReadAhead.Blocks(source, stop.Token))
        {
            Assert.Equal(1, block[0]);
            // The worker is inside the source's MoveNext, held there until the caller stops.
            await source.WorkerWaiting.Task;
            await stop.CancelAsync();
            break;
        }

        Assert.True(source.Disposed);
        Assert.Equal(0, source.ReadingWhenDisposed);
        Assert.False(source.ReadAfterDispose);
    }

    [Fact]
    public async Task A_source_of_one_block_or_less_is_read_on_the_callers_thread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var readOn = new List<int>();
        IEnumerable<int> Small()
        {
            for (var i = 1; i <= 10; i++)
            {
                readOn.Add(Environment.CurrentManagedThreadId);
                yield return i;
            }
        }
        var rows = new List<int>();
        await foreach (var block in ReadAhead.Blocks(Small(), CancellationToken.None)) rows.AddRange(block);
        Assert.Equal(Enumerable.Range(1, 10), rows);
        Assert.All(readOn, thread => Assert.Equal(caller, thread));
    }

    private static IEnumerable<int> Failing(int good)
    {
        for (var i = 1; i <= good; i++) yield return i;
        throw new InvalidDataException($"row {good + 1}");
    }

    /// <summary>
    /// Rows 1, 2, … where reading the first row after the first block waits (on the worker) until <c>stop</c> is
    /// cancelled and then ends the rows; it records whether a row was being read, or read, once it was disposed.
    /// </summary>
    private sealed class GatedSource(CancellationToken stop) : IEnumerable<int>, IEnumerator<int>
    {
        private int _reading;

        public TaskCompletionSource WorkerWaiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Disposed { get; private set; }
        public int ReadingWhenDisposed { get; private set; } = -1;
        public bool ReadAfterDispose { get; private set; }
        public int Current { get; private set; }
        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            Interlocked.Increment(ref _reading);
            try
            {
                if (Disposed) ReadAfterDispose = true;
                if (Current == ReadAhead.BlockSize)
                {
                    WorkerWaiting.TrySetResult();
                    stop.WaitHandle.WaitOne();
                    return false;
                }
                Current++;
                return true;
            }
            finally
            {
                Interlocked.Decrement(ref _reading);
            }
        }

        public void Dispose()
        {
            ReadingWhenDisposed = Volatile.Read(ref _reading);
            Disposed = true;
        }

        public void Reset() => throw new NotSupportedException();
        public IEnumerator<int> GetEnumerator() => this;
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this;
    }
}
