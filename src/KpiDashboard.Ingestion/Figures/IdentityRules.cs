using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>The identities of the official form, checked only where all their parts are known.</summary>
public static class IdentityRules
{
    public sealed record Violation(string Columns, string Message, string MessageEn);

    /// <param name="reported">The row as read: totals are only what the file reported.</param>
    public static IEnumerable<Violation> Check(Measures reported)
    {
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

    private static bool Differs(int? a, int? b) => a is { } x && b is { } y && x != y;
}
