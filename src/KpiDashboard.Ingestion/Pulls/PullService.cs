using System.Net;
using System.Net.Http.Headers;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace KpiDashboard.Ingestion.Pulls;

/// <summary>
/// Pulls one source now: a conditional GET (retried on timeouts, 5xx and network errors by the client's resilience
/// pipeline), then the body through the same validation and batch path as a file. A 304 writes nothing; a 4xx, a
/// wrong content type or an invalid payload is a failed pull that writes nothing.
/// </summary>
public sealed class PullService(
    KpiDbContext db, IngestService ingest, PullLease lease, IHttpClientFactory clients,
    IOptions<PullOptions> options, TimeProvider time, ILogger<PullService> logger)
{
    public const string ClientName = "kpi-pulls";
    private static readonly TimeSpan IngestLease = TimeSpan.FromMinutes(10);
    internal static readonly HttpRequestOptionsKey<TimeSpan> AttemptTimeout = new("kpi.attempt-timeout");

    public IReadOnlyList<PullSourceOptions> Sources => options.Value.Sources;

    public Task<PullResult> PullAsync(string name, CancellationToken ct) => PullAsync(name, null, ct);

    /// <param name="occurrence">The scheduled time this pull is for; null for a pull on demand, which always runs.</param>
    /// <param name="audit">Who asked; the batch's audit entry is written in the batch's transaction (the schedule's by default).</param>
    public async Task<PullResult> PullAsync(string name, DateTimeOffset? occurrence, CancellationToken ct, AuditNote? audit = null)
    {
        var source = options.Value.Sources.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Không có nguồn '{name}' / no source '{name}'", nameof(name));
        var attempts = options.Value.RetryCount + 1;
        var leaseFor = TimeSpan.FromSeconds(source.TimeoutSeconds * attempts + options.Value.RetryDelaySeconds * attempts * attempts + 60);
        if (!await lease.TryTakeAsync(source.Name, leaseFor, ct, occurrence))
        {
            if (occurrence is { } due && await lease.AttemptedSinceAsync(source.Name, due, ct))
                logger.LogInformation("Pull {Source} of {Occurrence:u} skipped: another instance has pulled it", source.Name, due);
            else
                logger.LogInformation("Pull {Source} skipped: another instance holds the lease", source.Name);
            return new PullResult(source.Name, PullStatus.Busy, 0, null, null);
        }
        PullResult result;
        try
        {
            try
            {
                result = await FetchAndIngestAsync(source, audit ?? new AuditNote("schedule", "pull", source.Name), ct);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or IOException
                                          || (e is OperationCanceledException && !ct.IsCancellationRequested))
            {
                result = new PullResult(source.Name, PullStatus.Failed, 0, null, Describe(e, source));
            }
            try
            {
                await RecordAsync(source.Name, result, ct);
            }
            catch (Exception e) when (result.BatchId is not null && DatabaseFailure.KindOf(e) is not null)
            {
                // The batch is committed: a state that could not be recorded after it does not make the pull a failure.
                logger.LogWarning(e, "Pull {Source} wrote batch {BatchId}, but its state could not be recorded", source.Name, result.BatchId);
            }
        }
        finally
        {
            // Released even when recording fails, so the source is not blocked until the lease expires.
            await lease.ReleaseAsync(source.Name, CancellationToken.None);
        }
        if (result.Failed) logger.LogWarning("Pull {Source} failed: {Error}", source.Name, result.Error);
        else logger.LogInformation("Pull {Source}: {Status}, {Rows} rows, batch {BatchId}", source.Name, result.Status, result.Rows, result.BatchId);
        return result;
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes (read no further).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpContent content, long limit, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        var body = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > limit) return null;
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }

    private (string? ETag, DateTimeOffset? LastModified) _validators;

    private async Task<PullResult> FetchAndIngestAsync(PullSourceOptions source, AuditNote audit, CancellationToken ct)
    {
        var state = await db.PullSources.AsNoTracking().FirstAsync(s => s.Name == source.Name, ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
        request.Options.Set(AttemptTimeout, TimeSpan.FromSeconds(source.TimeoutSeconds));
        if (state.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (state.LastModified is { } modified) request.Headers.IfModifiedSince = modified;
        foreach (var (header, variable) in source.HeadersFromEnvironment)
            request.Headers.TryAddWithoutValidation(header, Environment.GetEnvironmentVariable(variable));

        // Headers first: the body is read below within the source's time and the size limit, never buffered whole unchecked.
        using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode == HttpStatusCode.NotModified) return new PullResult(source.Name, PullStatus.NotModified, 0, null, null);
        if ((int)response.StatusCode is >= 300 and < 400)
        {
            var target = IngestText.Echo(response.Headers.Location?.OriginalString, 200);
            return Failed(source, $"HTTP {(int)response.StatusCode}: nguồn chuyển hướng tới '{target}', không đi theo; nếu tin cậy, hãy đặt Url là địa chỉ đó / " +
                                  $"the source redirects to '{target}', not followed; if it is trusted, set the source's Url to it");
        }
        if (!response.IsSuccessStatusCode)
            return Failed(source, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!Accepts(source.Format, mediaType))
            return Failed(source, $"Kiểu nội dung '{mediaType}' không phải {source.Format} / content type '{mediaType}' is not {source.Format}");

        // No Accept-Encoding is sent and nothing is decompressed (a small gzip can unpack to gigabytes): a compressed body is refused by name.
        if (response.Content.Headers.ContentEncoding.FirstOrDefault(e => !e.Equals("identity", StringComparison.OrdinalIgnoreCase)) is { } encoding)
        {
            var shown = IngestText.Echo(encoding, IngestText.MaxEchoInMessage);
            return Failed(source, $"Nội dung nén '{shown}' không được nhận, nguồn phải gửi nội dung không nén / content encoding '{shown}' is not accepted, the source must send the body uncompressed");
        }
        var limit = options.Value.MaxBodyMegabytes * 1024L * 1024L;
        if (response.Content.Headers.ContentLength > limit)
            return Failed(source, $"Nội dung lớn hơn {options.Value.MaxBodyMegabytes} MB / body larger than {options.Value.MaxBodyMegabytes} MB");
        byte[]? body;
        using (var bodyTime = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            bodyTime.CancelAfter(TimeSpan.FromSeconds(source.TimeoutSeconds));
            try
            {
                body = await ReadBoundedAsync(response.Content, limit, bodyTime.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return Failed(source, $"Nội dung không về kịp trong {source.TimeoutSeconds} giây / body not received within {source.TimeoutSeconds} seconds");
            }
        }
        if (body is null)
            return Failed(source, $"Nội dung lớn hơn {options.Value.MaxBodyMegabytes} MB / body larger than {options.Value.MaxBodyMegabytes} MB");
        if (response.Content.Headers.ContentLength is { } length && length != body.Length)
            return Failed(source, $"Nội dung bị cắt: {body.Length}/{length} byte / truncated body: {body.Length} of {length} bytes");
        var charset = response.Content.Headers.ContentType?.CharSet;
        if (DeclaredCharset.ToUtf8(charset, new MemoryStream(body)) is not { } text)
        {
            var shown = DeclaredCharset.Shown(charset);
            return Failed(source, $"Bảng mã '{shown}' không được hỗ trợ, hoặc nội dung không ở bảng mã đó / unknown charset '{shown}', or a body not in it");
        }
        // Retries and a slow body can outlast the lease, and another instance may have taken the source since: only the
        // holder ingests. The ingest of a body within MaxBodyMegabytes takes seconds; the renewed lease leaves it minutes.
        if (!await lease.RenewAsync(source.Name, IngestLease, ct))
            return Failed(source, "Hết thời hạn giữ nguồn và một tiến trình khác đã nhận nguồn, không ghi gì / " +
                                  "the lease ran out and another instance took the source, nothing written");
        var format = source.Format == "json" ? SourceFormat.Json : SourceFormat.Table;
        var ingested = await ingest.IngestAsync(text, $"pull:{source.Name}", new IngestOptions(Format: format, Audit: audit, Channel: SubmissionChannel.Pull), ct);
        if (!ingested.Succeeded)
        {
            var first = ingested.Errors.Take(3).Select(e => e.Row == 0 ? $"{e.Code}: {e.MessageEn}" : $"row {e.Row}{(e.Column.Length > 0 ? " " + e.Column : "")}: {e.Code}: {e.MessageEn}");
            return Failed(source, $"{ingested.Errors.Total} lỗi / errors, nothing written: {string.Join("; ", first)}");
        }
        // An ETag too long for its column is not kept (the source is then asked without it): storing it failed the recording on PostgreSQL.
        var received = response.Headers.ETag?.ToString();
        _validators = (received is { Length: > PullSourceState.MaxETagLength } ? null : received, response.Content.Headers.LastModified);
        return new PullResult(source.Name, ingested.ChangedNothing ? PullStatus.Unchanged : PullStatus.Ok, ingested.RowsRead, ingested.BatchId, null);
    }

    private static PullResult Failed(PullSourceOptions source, string error) => new(source.Name, PullStatus.Failed, 0, null, error);

    private static bool Accepts(string format, string mediaType) => format == "json"
        ? mediaType is "application/json" or "text/json" || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
        : mediaType is "text/csv" or "application/csv" or "text/plain" or "application/octet-stream";

    private static string Describe(Exception e, PullSourceOptions source) => e switch
    {
        TimeoutRejectedException or OperationCanceledException => $"Quá thời gian chờ {source.TimeoutSeconds} giây / timed out after {source.TimeoutSeconds} s",
        _ => $"Lỗi kết nối / network error: {e.Message}",
    };

    private async Task RecordAsync(string name, PullResult result, CancellationToken ct)
    {
        var state = await db.PullSources.FirstAsync(s => s.Name == name, ct);
        var now = time.GetUtcNow();
        state.LastAttemptUtc = now;
        state.LastStatus = result.Status;
        state.LastRows = result.Rows;
        state.LastBatchId = result.BatchId ?? (result.Failed ? null : state.LastBatchId);
        state.LastError = result.Error is { Length: > 2000 } long_ ? long_[..2000] : result.Error;
        if (!result.Failed)
        {
            state.LastSuccessUtc = now;
            // Validators are kept only once the content is safely in the database, so a failed ingest is fetched again.
            if (result.Status != PullStatus.NotModified) (state.ETag, state.LastModified) = _validators;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
