using KpiDashboard.Ingestion.Figures;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>Binary COPY into the staging table: the rows stream to the server as they are validated.</summary>
internal sealed class PostgresStagingLoader(NpgsqlBinaryImporter importer) : IStagingLoader
{
    public static async Task<PostgresStagingLoader> OpenAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var columns = string.Join(", ", StagingSql.Columns.Select(c => $"\"{c}\""));
        return new PostgresStagingLoader(await connection.BeginBinaryImportAsync($"COPY {StagingSql.Table} ({columns}) FROM STDIN (FORMAT BINARY)", ct));
    }

    public async ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        var values = StagedRow.Values(row);
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case null: await importer.WriteNullAsync(ct); break;
                case int number: await importer.WriteAsync(number, NpgsqlDbType.Integer, ct); break;
                case string text: await importer.WriteAsync(text, NpgsqlDbType.Text, ct); break;
                default: throw new InvalidOperationException($"Unexpected staging value {values[i]!.GetType()}.");
            }
        }
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await importer.CompleteAsync(ct);
        await importer.CloseAsync(ct);
    }

    public ValueTask DisposeAsync() => importer.DisposeAsync();
}
