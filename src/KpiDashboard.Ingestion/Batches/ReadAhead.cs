using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// Reads and validates rows on a worker thread while the batch stages the ones before them: on a national file the two
/// take about as long as each other, and there is a core for each. At most a few blocks of rows wait, so memory stays
/// flat; the caller gets the rows in order, then any exception the reading threw. A source of one block or less (a form,
/// a pull, a correction) is read at once on the caller's thread.
/// </summary>
internal static class ReadAhead
{
    internal const int BlockSize = 1024;
    private const int BlocksAhead = 4;

    /// <summary>The rows in blocks, so that waiting for them costs little per row.</summary>
    public static async IAsyncEnumerable<T[]> Blocks<T>(IEnumerable<T> source, [EnumeratorCancellation] CancellationToken ct)
    {
        using var rows = source.GetEnumerator();
        var first = NextBlock(rows);
        if (first.Length < BlockSize)
        {
            if (first.Length > 0) yield return first;
            yield break;
        }
        var channel = Channel.CreateBounded<T[]>(new BoundedChannelOptions(BlocksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => ReadAsync(rows, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            yield return first;
            await foreach (var block in channel.Reader.ReadAllAsync(ct)) yield return block;
        }
        finally
        {
            // The rows are disposed after this, and their source by the caller: the worker must have let go of them.
            await stop.CancelAsync();
            await reading;
        }
    }

    private static T[] NextBlock<T>(IEnumerator<T> rows)
    {
        var block = new List<T>(BlockSize);
        while (block.Count < BlockSize && rows.MoveNext()) block.Add(rows.Current);
        return [.. block];
    }

    private static async Task ReadAsync<T>(IEnumerator<T> rows, ChannelWriter<T[]> writer, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                var block = NextBlock(rows);
                if (block.Length > 0) await writer.WriteAsync(block, ct);
                if (block.Length < BlockSize) break;
            }
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }
}
