using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// Reads and validates rows on a worker thread while the batch stages the ones before them: on a national file the two
/// take about as long as each other, and there is a core for each. At most a few blocks of rows wait, so memory stays
/// flat; the caller gets the rows in order, then any exception the reading threw.
/// </summary>
internal static class ReadAhead
{
    private const int BlockSize = 1024;
    private const int BlocksAhead = 4;

    /// <summary>The rows in blocks, so that waiting for them costs little per row.</summary>
    public static async IAsyncEnumerable<T[]> Blocks<T>(IEnumerable<T> source, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<T[]>(new BoundedChannelOptions(BlocksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => ReadAsync(source, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var block in channel.Reader.ReadAllAsync(ct)) yield return block;
        }
        finally
        {
            // The caller disposes the source after this: the reader must have stopped touching it.
            await stop.CancelAsync();
            await reading;
        }
    }

    private static async Task ReadAsync<T>(IEnumerable<T> source, ChannelWriter<T[]> writer, CancellationToken ct)
    {
        try
        {
            var block = new List<T>(BlockSize);
            foreach (var item in source)
            {
                block.Add(item);
                if (block.Count < BlockSize) continue;
                await writer.WriteAsync([.. block], ct);
                block.Clear();
            }
            if (block.Count > 0) await writer.WriteAsync([.. block], ct);
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }
}
