using System.Security.Cryptography;
using System.Text;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Entry;

/// <summary>
/// A unit's report entered on the web. A draft is kept on the unit's submission, apart from the facts, so the dashboard
/// does not show it; submitting writes the figures through the <see cref="BatchWriter"/> like any file (channel Web, one
/// audited batch, the data version bumped, an approved month refused) and marks the report submitted. Who may enter is
/// <see cref="AccessScope"/>'s: a commune officer their communes, a province officer their provinces' agencies and communes.
/// </summary>
public sealed class EntryService(KpiDbContext db, BatchWriter writer, AccessScope access, TimeProvider time, DataChanges? changes = null)
{
    private static readonly IReadOnlySet<FigureColumn> AllMeasures =
        Enum.GetValues<FigureColumn>().Where(c => c >= FigureColumn.ReceivedOnline).ToHashSet();

    /// <summary>The unit of a level and code valid in the month, or null.</summary>
    public async Task<EntryUnit?> FindUnitAsync(ReportingLevel level, string code, Month month, CancellationToken ct = default)
    {
        code = code.Trim();
        if (code.Length == 0 || code.Length > 5 || !code.All(char.IsAsciiDigit)) return null;
        var first = month.FirstDay;
        var last = month.LastDay;
        if (level == ReportingLevel.Commune)
        {
            code = code.PadLeft(5, '0');
            var commune = (await db.Communes.AsNoTracking().Where(c => c.Code == code).ToListAsync(ct))
                .OrderBy(c => c.ValidFrom <= last && (c.ValidTo is null || c.ValidTo >= first) ? 0 : 1).FirstOrDefault();
            if (commune is null) return null;
            var province = await ProvinceAsync(commune.ProvinceCode, first, last, ct);
            return new EntryUnit(level, code, commune.ProvinceCode, code, commune.FullName, province?.FullName ?? commune.ProvinceCode);
        }
        if (code.Length > 2) return null;
        code = code.PadLeft(2, '0');
        var p = await ProvinceAsync(code, first, last, ct);
        if (p is null) return null;
        return new EntryUnit(level, code, code, null, level == ReportingLevel.Agency ? $"Các cơ quan cấp tỉnh, {p.FullName}" : p.FullName, p.FullName);
    }

    private async Task<Province?> ProvinceAsync(string code, DateOnly first, DateOnly last, CancellationToken ct) =>
        (await db.Provinces.AsNoTracking().Where(p => p.Code == code).ToListAsync(ct))
            .OrderBy(p => p.ValidFrom <= last && (p.ValidTo is null || p.ValidTo >= first) ? 0 : 1).FirstOrDefault();

    public bool MayRead(EntryUnit unit) => access.CanRead(unit.ProvinceCode);

    /// <summary>The province as a whole is not entered: its report is made of its agencies' and communes'.</summary>
    public bool MayEnter(EntryUnit unit) => unit.Level != ReportingLevel.Province && access.CanIngestInto(unit.ProvinceCode, unit.CommuneCode);

    /// <summary>As <see cref="SubmissionApproval"/> decides: the province's officers for its communes and agencies, the central level for provinces.</summary>
    public bool MayApprove(EntryUnit unit) => unit.Level == ReportingLevel.Province
        ? !access.IsRestricted && access.CanIngest
        : access.CanIngestInto(unit.ProvinceCode) && access.Communes is null;

    public async Task<IReadOnlyList<Field>> FieldsAsync(CancellationToken ct = default)
    {
        var order = BuiltInFields.All.Select((f, i) => (f.Code, i)).ToDictionary(x => x.Code, x => x.i);
        return [.. (await db.Fields.AsNoTracking().ToListAsync(ct)).OrderBy(f => order.GetValueOrDefault(f.Code, int.MaxValue)).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }

    /// <param name="withDraft">Whether a draft's figures are shown instead of the stored ones (the entry page) or not (the review page).</param>
    public async Task<EntrySheet> LoadAsync(EntryUnit unit, Month month, bool withDraft = true, CancellationToken ct = default)
    {
        if (!MayRead(unit)) throw new AccessDeniedException($"Không có quyền xem báo cáo của {unit.UnitCode} / no access to the reports of {unit.UnitCode}");
        var fields = await FieldsAsync(ct);
        var stored = await StoredAsync(unit, month, ct);
        var previous = await StoredAsync(unit, month.Previous, ct);
        var submission = await SubmissionAsync(unit, month, ct);
        var status = submission is null ? EntryStatus.NotStarted : new EntryStatus(submission.State, submission.Channel, submission.SubmittedBy,
            submission.SubmittedUtc, submission.ReturnReason, submission.ApprovedBy, submission.ApprovedUtc, submission.UpdatedBy, submission.UpdatedUtc);
        var draft = status.IsLocked || !withDraft ? null : EntryFigures.FromJson(submission?.DraftFigures);
        var rows = fields.Select(f => new EntryRow(f.Code, f.NameVi, f.NameEn,
            (draft is null ? stored.GetValueOrDefault(f.Code) : draft.ByField.GetValueOrDefault(f.Code)).WithDerivedTotals(),
            previous.TryGetValue(f.Code, out var before) ? before.WithDerivedTotals().Pending : null)).ToList();
        var name = unit.ReportName(month);
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action.StartsWith("submission.") && (a.Details == name || a.Details.StartsWith(name + " ") || a.Details.StartsWith(name + ":")))
            .OrderBy(a => a.WhenUtc).Take(200)
            .Select(a => new EntryEvent(a.WhenUtc, a.Actor, a.Action, a.Details)).ToListAsync(ct);
        return new EntrySheet(unit, month, rows, status, draft is not null, history);
    }

    /// <summary>The unit's stored figures per field: a commune's or the agencies' own rows; for the province, the sum of all its rows
    /// (a measure unknown in any row is unknown in the sum).</summary>
    private async Task<Dictionary<string, Measures>> StoredAsync(EntryUnit unit, Month month, CancellationToken ct)
    {
        var facts = db.Facts.AsNoTracking().Where(f => f.Period == month.Key && f.ProvinceCode == unit.ProvinceCode);
        facts = unit.Level switch
        {
            ReportingLevel.Commune => facts.Where(f => f.CommuneCode == unit.CommuneCode),
            ReportingLevel.Agency => facts.Where(f => f.CommuneCode == null),
            _ => facts,
        };
        var rows = await facts.Select(f => new { f.FieldCode, f.Values }).ToListAsync(ct);
        return rows.GroupBy(r => r.FieldCode).ToDictionary(g => g.Key, g => g.Select(r => r.Values).Aggregate(Add));
    }

    private static Measures Add(Measures a, Measures b)
    {
        var sum = new Measures();
        foreach (var m in MeasureCatalogue.All) sum = m.With(sum, Measures.Sum(m.Of(a), m.Of(b)));
        return sum;
    }

    private Task<Submission?> SubmissionAsync(EntryUnit unit, Month month, CancellationToken ct) =>
        db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Period == month.Key && s.Level == unit.Level && s.UnitCode == unit.UnitCode, ct);

    /// <summary>Keeps the figures as the unit's draft: the dashboard's figures do not change. A report not yet sent becomes a
    /// draft; a returned or submitted one keeps its state until it is submitted again.</summary>
    public async Task<EntryOutcome> SaveDraftAsync(EntryUnit unit, Month month, EntryFigures figures, IReadOnlyList<EntryCellError> errors,
        string actor, string address = "", CancellationToken ct = default)
    {
        EnsureMayEnter(unit);
        // An approved month is refused as such (who approved it, when), whatever was typed.
        if (errors.Count > 0) return await LockedAsync(unit, month, ct) ?? EntryOutcome.Refused(errors);
        await using var transaction = await db.Database.BeginExclusiveTransactionAsync(ExclusiveTransaction.Batches, ct);
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Period == month.Key && s.Level == unit.Level && s.UnitCode == unit.UnitCode, ct);
        if (await LockedAsync(unit, month, ct) is { } locked) return locked;
        var now = time.GetUtcNow();
        if (submission is null)
        {
            submission = new Submission { Period = month.Key, Level = unit.Level, UnitCode = unit.UnitCode, ProvinceCode = unit.ProvinceCode, State = SubmissionState.Draft };
            db.Submissions.Add(submission);
        }
        if (submission.State == SubmissionState.NotStarted) submission.State = SubmissionState.Draft;
        submission.DraftFigures = figures.ToJson();
        submission.UpdatedUtc = now;
        submission.UpdatedBy = actor;
        db.AuditEntries.Add(new AuditNote(actor, "submission.draft", unit.ReportName(month), address).ToEntry(now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        changes?.Committed();
        db.ChangeTracker.Clear();
        return EntryOutcome.Done();
    }

    /// <summary>
    /// Writes the figures as one batch through the <see cref="BatchWriter"/> (the same checks as a file, an approved month
    /// refused) and marks the report submitted, on time or late against its level's deadline; the draft is dropped.
    /// </summary>
    public async Task<EntryOutcome> SubmitAsync(EntryUnit unit, Month month, EntryFigures figures, IReadOnlyList<EntryCellError> errors,
        string actor, string address = "", CancellationToken ct = default)
    {
        EnsureMayEnter(unit);
        // An approved month is refused as such (who approved it, when), whatever was typed.
        if (errors.Count > 0) return await LockedAsync(unit, month, ct) ?? EntryOutcome.Refused(errors);
        if (await LockedAsync(unit, month, ct) is { } locked) return locked;
        // The dashboards open on the latest month of any province's facts: one report of July 2099 moved every reader there.
        if (Month.Of(VietnamTime.Today(time)) is var current && month > current)
            return EntryOutcome.Refused("period_in_future", $"Kỳ báo cáo {month} sau tháng hiện tại ({current}): chưa thể có số liệu.",
                $"The reporting period {month} is after the current month ({current}): it cannot have figures yet.");
        var stored = await StoredAsync(unit, month, ct);
        var rows = figures.ByField
            .Where(f => stored.ContainsKey(f.Key) || MeasureCatalogue.Base.Any(m => m.Of(f.Value) is not null))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select((f, i) => new FigureRow(i + 1, new FactKey(month.Key, unit.ProvinceCode, unit.CommuneCode, f.Key), f.Value.WithDerivedTotals()))
            .ToList();
        if (rows.Count == 0)
            return EntryOutcome.Refused("empty_report", "Chưa nhập số liệu nào: hãy nhập ít nhất một lĩnh vực (ghi 0 nếu không có hồ sơ).",
                "No figures entered: enter at least one field (0 where there were no dossiers).");

        var name = unit.ReportName(month);
        var json = figures.ToJson();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name + "\n" + json)));
        var file = new FigureFile.Result(rows, new IngestErrors(), rows.Count, AllMeasures);
        var options = new IngestOptions(Audit: new AuditNote(actor, "submission.submit", name, address), Channel: SubmissionChannel.Web);
        var result = await writer.WriteAsync(file, $"web-entry {name}", hash, options, ct);
        if (!result.Succeeded)
            return EntryOutcome.Refused([.. result.Errors.Select(e => new EntryCellError(
                e.Row > 0 && e.Row <= rows.Count ? rows[e.Row - 1].Key.FieldCode : "", MeasureCatalogue.Find(e.Column)?.FormColumn ?? 0, e.Code, e.Message, e.MessageEn))]);

        await using var transaction = await db.Database.BeginExclusiveTransactionAsync(ExclusiveTransaction.Batches, ct);
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Period == month.Key && s.Level == unit.Level && s.UnitCode == unit.UnitCode, ct);
        var now = time.GetUtcNow();
        if (submission is null)
        {
            submission = new Submission { Period = month.Key, Level = unit.Level, UnitCode = unit.UnitCode, ProvinceCode = unit.ProvinceCode };
            db.Submissions.Add(submission);
        }
        // Figures equal to the stored ones write no batch, and so mark nothing: the report is marked here, as the batch would have.
        if (result.BatchId is null && submission.State != SubmissionState.Approved)
        {
            if (submission.State != SubmissionState.Submitted) submission.SubmittedUtc = now;
            submission.State = SubmissionState.Submitted;
            submission.Channel = SubmissionChannel.Web;
            submission.SubmittedBy = actor;
            submission.ReturnReason = null;
            db.AuditEntries.Add(new AuditNote(actor, "submission.submit", $"{name} unchanged", address).ToEntry(now));
        }
        submission.DraftFigures = null;
        submission.UpdatedUtc = now;
        submission.UpdatedBy = actor;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        changes?.Committed();
        db.ChangeTracker.Clear();
        return EntryOutcome.Done(result.BatchId);
    }

    private void EnsureMayEnter(EntryUnit unit)
    {
        if (!MayEnter(unit))
            throw new AccessDeniedException($"Không có quyền nhập báo cáo của {unit.UnitCode} / not allowed to enter the reports of {unit.UnitCode}");
    }

    /// <summary>The unit's own approved report, or its province's as a whole (which locks the province's every unit), refuses a write.</summary>
    private async Task<EntryOutcome?> LockedAsync(EntryUnit unit, Month month, CancellationToken ct)
    {
        var approved = await db.Submissions.AsNoTracking()
            .Where(s => s.Period == month.Key && s.ProvinceCode == unit.ProvinceCode && s.State == SubmissionState.Approved
                && ((s.Level == unit.Level && s.UnitCode == unit.UnitCode) || s.Level == ReportingLevel.Province))
            .ToListAsync(ct);
        if (approved.OrderBy(s => s.Level == ReportingLevel.Province ? 1 : 0).FirstOrDefault() is not { } s) return null;
        var locked = new LockedUnit(s.Level, s.UnitCode, month.Key, s.ApprovedBy, s.ApprovedUtc);
        return EntryOutcome.Refused("period_approved", locked.Message, locked.MessageEn);
    }
}
