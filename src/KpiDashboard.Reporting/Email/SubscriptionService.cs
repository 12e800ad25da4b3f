using System.Globalization;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Email;

/// <summary>Creating, changing, deactivating and importing subscriptions, with the same validation everywhere.</summary>
public sealed class SubscriptionService(KpiDbContext db, TimeProvider time)
{
    public sealed record Input(string? Email, string? Name, string? Scope, string? Language, bool Active = true);

    public sealed record Result(Subscription? Subscription, IReadOnlyList<string> Errors, bool Created = false);

    /// <summary>Validates; the errors name the field in both languages.</summary>
    public async Task<(Subscription? Valid, List<string> Errors)> ValidateAsync(Input input, UnitDirectory? units = null, CancellationToken ct = default)
    {
        units ??= await UnitDirectory.LoadAsync(db, ct);
        var errors = new List<string>();
        var email = EmailAddress.Normalize(input.Email);
        if (email is null) errors.Add($"email: địa chỉ không hợp lệ / invalid address '{input.Email}'");
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) errors.Add("name: cần tên hiển thị (tối đa 200 ký tự) / a display name is required (at most 200 characters)");
        else if (name.ToList().FindIndex(Invisible) is var at and >= 0)
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"name: tên hiển thị có ký tự điều khiển U+{(int)name[at]:X4} ở vị trí {at + 1} / the display name has the control character U+{(int)name[at]:X4} at position {at + 1}"));
        var (scope, scopeError) = SubscriptionScope.Normalize(units, input.Scope);
        if (scopeError is not null) errors.Add($"scope: {scopeError}");
        var language = (input.Language ?? "vi").Trim().ToLowerInvariant();
        if (!LanguageText.TryParse(language, out _)) errors.Add($"lang: chỉ 'vi' hoặc 'en' / only 'vi' or 'en' (was '{input.Language}')");
        if (errors.Count > 0) return (null, errors);
        return (new Subscription
        {
            Email = email!, DisplayName = name, Scope = scope!, Language = language, IsActive = input.Active,
            CreatedUtc = time.GetUtcNow(),
        }, errors);
    }

    /// <summary>
    /// Control and format characters in a name: a line break writes a line of its own into the text body, a NUL is
    /// refused by PostgreSQL, a direction override shows the name reversed.
    /// </summary>
    private static bool Invisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>Adds a subscription; the same address and scope again updates and reactivates the existing one.</summary>
    public async Task<Result> SaveAsync(Input input, CancellationToken ct = default)
    {
        var (valid, errors) = await ValidateAsync(input, ct: ct);
        if (valid is null) return new Result(null, errors);
        var (saved, created) = await UpsertAsync(valid, ct);
        await db.SaveChangesAsync(ct);
        return new Result(saved, [], created);
    }

    /// <summary>Changes an existing subscription by id; a change of address ends it and starts a new one.</summary>
    public async Task<Result> UpdateAsync(int id, Input input, CancellationToken ct = default)
    {
        var existing = await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (existing is null) return new Result(null, [$"không có đăng ký số {id} / no subscription {id}"]);
        var (valid, errors) = await ValidateAsync(input, ct: ct);
        if (valid is null) return new Result(null, errors);
        if (await db.Subscriptions.AnyAsync(s => s.Id != id && s.Email == valid.Email && s.Scope == valid.Scope, ct))
            return new Result(null, [$"{valid.Email} đã đăng ký phạm vi {valid.Scope} / already subscribed to {valid.Scope}"]);
        if (valid.Email != existing.Email)
        {
            // A new address is a new recipient: the old address's unsubscribe links are signed with the id, and must
            // neither show the new address nor unsubscribe it.
            existing.IsActive = false;
            db.Subscriptions.Add(valid);
            await db.SaveChangesAsync(ct);
            return new Result(valid, [], Created: true);
        }
        existing.DisplayName = valid.DisplayName;
        existing.Scope = valid.Scope;
        existing.Language = valid.Language;
        existing.IsActive = valid.IsActive;
        await db.SaveChangesAsync(ct);
        return new Result(existing, []);
    }

    /// <summary>
    /// Deactivates rather than deletes: the outbox keeps its history, and a later re-subscription keeps the
    /// (subscription, period) rows that stop a second e-mail for a period already sent.
    /// </summary>
    public async Task<int> DeactivateAsync(string idOrEmail, string? scope = null, CancellationToken ct = default)
    {
        var key = idOrEmail.Trim();
        IQueryable<Subscription> q = db.Subscriptions;
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) q = q.Where(s => s.Id == id);
        else
        {
            var email = EmailAddress.Normalize(key) ?? key.ToLowerInvariant();
            q = q.Where(s => s.Email == email);
            if (!string.IsNullOrWhiteSpace(scope))
            {
                var (text, _) = SubscriptionScope.Normalize(await UnitDirectory.LoadAsync(db, ct), scope);
                q = q.Where(s => s.Scope == (text ?? scope));
            }
        }
        return await q.Where(s => s.IsActive).ExecuteUpdateAsync(u => u.SetProperty(s => s.IsActive, false), ct);
    }

    public Task<List<Subscription>> ListAsync(bool includeInactive = true, CancellationToken ct = default) =>
        db.Subscriptions.AsNoTracking().Where(s => includeInactive || s.IsActive)
            .OrderBy(s => s.Email).ThenBy(s => s.Scope).ToListAsync(ct);

    public sealed record ImportResult(int Created, int Updated, IReadOnlyList<string> Errors);

    /// <summary>The largest subscriptions file `kpi subscriptions import` takes: 10 MB is some 100,000 subscriptions.</summary>
    public const long MaxImportBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Imports CSV with the header email,name,scope,lang[,active] (comma or semicolon, UTF-8). All or nothing:
    /// any invalid row (named by its line number) imports none.
    /// </summary>
    public async Task<ImportResult> ImportCsvAsync(TextReader reader, CancellationToken ct = default)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var errors = new List<string>();
        var rows = new List<(int Line, Subscription Sub)>();
        var header = await reader.ReadLineAsync(ct);
        if (header is null) return new ImportResult(0, 0, ["tệp rỗng / empty file"]);
        var separator = header.Contains(';') && !header.Contains(',') ? ';' : ',';
        var columns = SimpleCsv.Split(header.TrimStart('\uFEFF'), separator).Select(c => c.Trim().ToLowerInvariant()).ToList();
        int Col(params string[] names) => columns.FindIndex(c => names.Contains(c));
        int email = Col("email", "e-mail"), name = Col("name", "ten", "tên"), scope = Col("scope", "pham vi", "phạm vi"), lang = Col("lang", "language"), active = Col("active");
        if (email < 0 || name < 0 || scope < 0)
            return new ImportResult(0, 0, ["dòng 1: cần các cột email, name, scope[, lang, active] / line 1: columns email, name, scope[, lang, active] are required"]);
        var line = 1;
        var seen = new HashSet<(string, string)>();
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var cells = SimpleCsv.Split(text, separator);
            string? Cell(int i) => i >= 0 && i < cells.Count ? cells[i] : null;
            var isActive = Cell(active)?.Trim().ToLowerInvariant() is not ("false" or "0" or "no" or "không");
            var (valid, rowErrors) = await ValidateAsync(new Input(Cell(email), Cell(name), Cell(scope), Cell(lang) is { Length: > 0 } l ? l : "vi", isActive), units, ct);
            if (valid is null)
            {
                errors.AddRange(rowErrors.Select(e => $"dòng / line {line}: {e}"));
                continue;
            }
            if (!seen.Add((valid.Email, valid.Scope)))
            {
                errors.Add($"dòng / line {line}: {valid.Email} {valid.Scope} lặp lại / repeated");
                continue;
            }
            rows.Add((line, valid));
        }
        if (errors.Count > 0) return new ImportResult(0, 0, errors);
        int created = 0, updated = 0;
        // Inside the caller's transaction when it has one (the import and its audit entry commit together).
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        foreach (var (_, sub) in rows)
        {
            if ((await UpsertAsync(sub, ct)).Created) created++;
            else updated++;
        }
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return new ImportResult(created, updated, []);
    }

    private async Task<(Subscription Saved, bool Created)> UpsertAsync(Subscription valid, CancellationToken ct)
    {
        var existing = await db.Subscriptions.FirstOrDefaultAsync(s => s.Email == valid.Email && s.Scope == valid.Scope, ct);
        if (existing is null)
        {
            db.Subscriptions.Add(valid);
            return (valid, true);
        }
        existing.DisplayName = valid.DisplayName;
        existing.Language = valid.Language;
        existing.IsActive = valid.IsActive;
        return (existing, false);
    }
}
