using KpiDashboard.Ingestion.Figures;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>
/// Binary COPY of figures' rows, streamed to the server as they are validated: the row's key columns first, written by
/// <paramref name="writeKey"/>, then the twelve measures in <see cref="StagingSql.Measures"/> order.
/// </summary>
internal sealed class PostgresStagingLoader(NpgsqlBinaryImporter importer, Action<NpgsqlBinaryImporter, FigureRow> writeKey) : IStagingLoader
{
    /// <summary>Into the staging table.</summary>
    public static async Task<PostgresStagingLoader> OpenAsync(NpgsqlConnection connection, CancellationToken ct) =>
        new(await BeginCopyAsync(connection, StagingSql.Table, StagingSql.Columns, ct), WriteStaged);

    /// <summary>A binary COPY into <paramref name="table"/>'s <paramref name="columns"/>, written in their order.</summary>
    public static Task<NpgsqlBinaryImporter> BeginCopyAsync(NpgsqlConnection connection, string table, IReadOnlyList<string> columns, CancellationToken ct) =>
        connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", ct);

    private static void WriteStaged(NpgsqlBinaryImporter importer, FigureRow row)
    {
        importer.Write(row.Row, NpgsqlDbType.Integer);
        importer.Write(row.Key.Period, NpgsqlDbType.Integer);
        importer.Write(StagedRow.PreviousPeriod(row), NpgsqlDbType.Integer);
        importer.Write(row.Key.ProvinceCode, NpgsqlDbType.Text);
        importer.Write(StagedRow.CommuneKey(row), NpgsqlDbType.Text);
        importer.Write(row.Key.FieldCode, NpgsqlDbType.Text);
    }

    private readonly int?[] _measures = new int?[StagingSql.Measures.Length];

    // The importer buffers rows and sends them as its buffer fills: writing each value synchronously saves an await per
    // value, and the occasional blocking send is no worse for a batch that holds the connection anyway.
    public ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        importer.StartRow();
        writeKey(importer, row);
        StagedRow.Measures(row, _measures);
        foreach (var measure in _measures)
        {
            if (measure is { } value) importer.Write(value, NpgsqlDbType.Integer);
            else importer.WriteNull();
        }
        return ValueTask.CompletedTask;
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await importer.CompleteAsync(ct);
        await importer.CloseAsync(ct);
    }

    public ValueTask DisposeAsync() => importer.DisposeAsync();
}
