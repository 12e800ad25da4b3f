using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>The identities of the official form, checked only where all their parts are known.</summary>
public static class IdentityRules
{
    public sealed record Violation(string Columns, string Message, string MessageEn);

    /// <param name="reported">The row as read: totals are only what the file reported.</param>
    public static IEnumerable<Violation> Check(Measures reported)
    {
        var bound = HandledBound(reported);
        if (bound > int.MaxValue)
        {
            // The totals are 32-bit: parts adding up past that wrapped to a negative total (4e9 received read as -294,967,296).
            yield return new("handled", $"(3) tổng số sẽ là {bound} hồ sơ, vượt quá số lớn nhất lưu được ({int.MaxValue})",
                $"(3) handled would be {bound} dossiers, over the largest count that can be stored ({int.MaxValue})");
            yield break;
        }
        var received = Measures.Sum(reported.ReceivedOnline, reported.ReceivedOffline);
        var resolved = Measures.Sum(reported.ResolvedEarly, reported.ResolvedOnTime, reported.ResolvedLate);
        var pending = Measures.Sum(reported.PendingWithin, reported.PendingOverdue);

        if (Differs(reported.Received, received))
            yield return new("received", $"received ({reported.Received}) ≠ received_online + received_offline ({received})",
                $"received ({reported.Received}) ≠ received_online + received_offline ({received})");
        if (Differs(reported.Resolved, resolved))
            yield return new("resolved", $"(7) đã giải quyết ({reported.Resolved}) ≠ (8) + (9) + (10) ({resolved})",
                $"(7) resolved ({reported.Resolved}) ≠ (8) + (9) + (10) ({resolved})");
        if (Differs(reported.Pending, pending))
            yield return new("pending", $"(11) đang giải quyết ({reported.Pending}) ≠ (12) + (13) ({pending})",
                $"(11) pending ({reported.Pending}) ≠ (12) + (13) ({pending})");

        var receivedAll = received ?? reported.Received;
        var handledFromReceipts = Measures.Sum(receivedAll, reported.CarriedOver);
        var handledFromOutcomes = Measures.Sum(resolved ?? reported.Resolved, pending ?? reported.Pending);
        if (Differs(reported.Handled, handledFromReceipts))
            yield return new("handled", $"(3) tổng số ({reported.Handled}) ≠ (4) + (5) + (6) ({handledFromReceipts})",
                $"(3) handled ({reported.Handled}) ≠ (4) + (5) + (6) ({handledFromReceipts})");
        if (Differs(reported.Handled, handledFromOutcomes))
            yield return new("handled", $"(3) tổng số ({reported.Handled}) ≠ (7) + (11) ({handledFromOutcomes})",
                $"(3) handled ({reported.Handled}) ≠ (7) + (11) ({handledFromOutcomes})");
        if (reported.Handled is null && Differs(handledFromReceipts, handledFromOutcomes))
            yield return new("carried_over", $"(4) + (5) + (6) = {handledFromReceipts} ≠ (7) + (11) = {handledFromOutcomes}: mỗi hồ sơ phải đã giải quyết hoặc đang giải quyết",
                $"(4) + (5) + (6) = {handledFromReceipts} ≠ (7) + (11) = {handledFromOutcomes}: every dossier is either resolved or pending");
    }

    /// <summary>The largest the handled total (3), the total every other one is part of, can come to from what the row gives.</summary>
    private static long HandledBound(Measures r)
    {
        static long Of(params int?[] parts) => parts.Sum(p => (long)(p ?? 0));
        var received = Math.Max(Of(r.ReceivedOnline, r.ReceivedOffline), Of(r.Received));
        var resolved = Math.Max(Of(r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate), Of(r.Resolved));
        var pending = Math.Max(Of(r.PendingWithin, r.PendingOverdue), Of(r.Pending));
        return Math.Max(Math.Max(received + Of(r.CarriedOver), resolved + pending), Of(r.Handled));
    }

    private static bool Differs(int? a, int? b) => a is { } x && b is { } y && x != y;
}
