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
        Assert.InRange(rows.Count, 0, 3000);
        Assert.Equal(Enumerable.Range(1, rows.Count), rows);
    }

    [Fact]
    public async Task A_caller_that_stops_early_stops_the_reading_before_it_returns()
    {
        var source = new CountingSource(1_000_000);
        await foreach (var block in ReadAhead.Blocks(source, CancellationToken.None))
        {
            Assert.Equal(1, block[0]);
            break;
        }
        var readWhenStopped = source.Read;
        Assert.True(source.Disposed);
        Assert.True(readWhenStopped < 1_000_000);
        await Task.Delay(50);
        Assert.Equal(readWhenStopped, source.Read);
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

    private sealed class CountingSource(int count) : IEnumerable<int>
    {
        public int Read;
        public bool Disposed;

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (var i = 1; i <= count; i++)
                {
                    Interlocked.Increment(ref Read);
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
