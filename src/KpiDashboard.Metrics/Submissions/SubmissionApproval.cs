using System.Globalization;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Submissions;

/// <summary>
/// Approve, return (with a reason) or reopen (with a reason) one unit's report for a month, audited in the same
/// transaction. The province's officers act on its communes and agencies; the province as a whole is the central level's.
/// </summary>
public sealed class SubmissionApproval(KpiDbContext db, AccessScope access, TimeProvider time, DataChanges? changes = null)
{
    public async Task<SubmissionOutcome> ActAsync(SubmissionAction action, string unitCode, ReportingLevel? level, Month month, string? reason,
        string actor, CancellationToken ct = default)
    {
        var reasonText = reason?.Trim() ?? "";
        if (action != SubmissionAction.Approve && reasonText.Length == 0)
            return SubmissionOutcome.Refused("Cần nêu lý do (--reason) khi trả lại hoặc mở lại báo cáo.", "A reason (--reason) is required to return or reopen a report.");
        if (reasonText.Length > 2000)
            return SubmissionOutcome.Refused("Lý do dài quá 2.000 ký tự.", "The reason is longer than 2,000 characters.");
        var unit = await ResolveAsync(unitCode, level, ct);
        if (unit is null)
            return SubmissionOutcome.Refused($"Không có đơn vị báo cáo '{unitCode}' (mã tỉnh 2 chữ số hoặc mã xã 5 chữ số).",
                $"There is no reporting unit '{unitCode}' (a two-digit province code or a five-digit commune code).");
        var (unitLevel, code, province) = unit.Value;
        var allowed = unitLevel == ReportingLevel.Province ? !access.IsRestricted && access.CanIngest : access.CanIngestInto(province) && access.Communes is null;
        if (!allowed)
            throw new AccessDeniedException($"Không có quyền duyệt báo cáo của {code} / not allowed to approve the reports of {code}");

        await using var transaction = await db.Database.BeginExclusiveTransactionAsync(ExclusiveTransaction.Batches, ct);
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Period == month.Key && s.Level == unitLevel && s.UnitCode == code, ct);
        var state = submission?.State ?? SubmissionState.NotStarted;
        var name = string.Create(CultureInfo.InvariantCulture, $"{unitLevel.Code()} {code} {month}");
        var expected = action == SubmissionAction.Reopen ? SubmissionState.Approved : SubmissionState.Submitted;
        if (submission is null || state != expected)
            return SubmissionOutcome.Refused(
                $"Báo cáo {name} đang ở trạng thái \"{state.NameVi()}\"; chỉ {(action == SubmissionAction.Reopen ? "báo cáo đã duyệt mới mở lại được" : "báo cáo đã gửi mới duyệt hoặc trả lại được")}.",
                $"The report {name} is {state.Code()}; only {(action == SubmissionAction.Reopen ? "an approved report can be reopened" : "a submitted report can be approved or returned")}.");

        var now = time.GetUtcNow();
        switch (action)
        {
            case SubmissionAction.Approve:
                submission.State = SubmissionState.Approved;
                submission.ApprovedBy = actor;
                submission.ApprovedUtc = now;
                break;
            case SubmissionAction.Return:
                submission.State = SubmissionState.Returned;
                submission.ReturnReason = reasonText;
                break;
            default:
                submission.State = SubmissionState.Submitted;
                submission.ApprovedBy = null;
                submission.ApprovedUtc = null;
                break;
        }
        submission.UpdatedUtc = now;
        submission.UpdatedBy = actor;
        var verb = action.ToString().ToLowerInvariant();
        db.AuditEntries.Add(new AuditNote(actor, $"submission.{verb}", $"{name}{(reasonText.Length > 0 ? $": {reasonText}" : "")}").ToEntry(now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        changes?.Committed();
        db.ChangeTracker.Clear();
        return action switch
        {
            SubmissionAction.Approve => new(true, $"Đã duyệt báo cáo {name}.", $"Approved the report {name}."),
            SubmissionAction.Return => new(true, $"Đã trả lại báo cáo {name}: {reasonText}", $"Returned the report {name}: {reasonText}"),
            _ => new(true, $"Đã mở lại báo cáo {name}: {reasonText}", $"Reopened the report {name}: {reasonText}"),
        };
    }

    /// <summary>A five-digit code is a commune; a province's code is the province as a whole unless the agencies are asked for.</summary>
    private async Task<(ReportingLevel Level, string Code, string Province)?> ResolveAsync(string unitCode, ReportingLevel? level, CancellationToken ct)
    {
        var code = unitCode.Trim();
        if (code.Length == 0 || !code.All(char.IsAsciiDigit)) return null;
        if (level is ReportingLevel.Commune || (level is null && code.Length > 2))
        {
            code = code.PadLeft(5, '0');
            var commune = await db.Communes.AsNoTracking().Where(c => c.Code == code).Select(c => c.ProvinceCode).FirstOrDefaultAsync(ct);
            return commune is null ? null : (ReportingLevel.Commune, code, commune);
        }
        if (code.Length > 2) return null;
        code = code.PadLeft(2, '0');
        if (!await db.Provinces.AnyAsync(p => p.Code == code, ct)) return null;
        return (level ?? ReportingLevel.Province, code, code);
    }
}
