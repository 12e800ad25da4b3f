using System.Diagnostics;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Charts;
using KpiDashboard.Reporting.Maps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KpiDashboard.Reporting.Email;

/// <summary>Gathers a subscription's figures for a month and builds the MIME message: HTML and text, inline chart and province map, the form attached.</summary>
public sealed partial class SummaryComposer(
    KpiDbContext db,
    FigureQuery figures,
    DashboardLinks links,
    UnsubscribeToken tokens,
    Form06Attachment form06,
    IServiceProvider services,
    IOptions<SmtpOptions> smtp,
    ReportingOptions reporting,
    ILogger<SummaryComposer> log)
{
    public const string ChartContentId = "trend@kpidashboard";
    public const string MapContentId = "map@kpidashboard";
    private const int MaxSilentListed = 30;
    private SummaryRunContext run = new();
    private UnitDirectory? units;
    private Dictionary<string, Province>? provinces;

    /// <summary>Shares what the messages of one run have in common with the other composers of that run.</summary>
    public SummaryComposer UseRun(SummaryRunContext context)
    {
        run = context;
        units = null;
        provinces = null;
        return this;
    }

    public async Task<SummaryData> GatherAsync(Subscription subscription, Month month, CancellationToken ct = default)
    {
        units ??= await run.GetAsync("units", () => UnitDirectory.LoadAsync(db, ct));
        provinces ??= await run.GetAsync("provinces", () => db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, ct));
        var language = LanguageText.ParseOrVietnamese(subscription.Language);
        var en = language == Language.En;
        var scope = SubscriptionScope.ToScope(subscription.Scope, units);
        var period = Period.OfMonth(month);

        var current = await figures.TotalAsync(scope, period, ct);
        var previous = await figures.TotalAsync(scope, period.Previous, ct);
        var lastYear = await figures.TotalAsync(scope, period.SameLastYear, ct);

        var fieldNames = await run.GetAsync(("field names", language), () => db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => en ? f.NameEn : f.NameVi, ct));
        var byField = await figures.ByFieldAsync(scope, period, ct);
        // "Most dossiers" counts those received in the month, as the seed article does (43 radio frequencies, 34 IP).
        var topFields = byField.Where(g => g.Figures.Received.Value > 0)
            .OrderByDescending(g => g.Figures.Received.Value).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
            .Select(g => new NamedCount(fieldNames.GetValueOrDefault(g.Key, g.Key), g.Figures.Received.Value!.Value)).ToList();
        var topLate = byField.Where(g => g.Figures.ResolvedLate.Value > 0)
            .OrderByDescending(g => g.Figures.ResolvedLate.Value).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
            .Select(g => new NamedCount(fieldNames.GetValueOrDefault(g.Key, g.Key), g.Figures.ResolvedLate.Value!.Value)).ToList();

        var (silent, silentCount) = await SilentCommunesAsync(scope, month, ct);
        // Only a commune's comparable series can be approximate (every old province went whole into one).
        var approximate = scope.CommuneCode is not null && await figures.IsApproximateAsync(scope, month.AddMonths(-11), ct);
        var points = scope is { CommuneCode: null, FieldCode: null, InOldUnits: false, ProvinceCode: { } own }
            ? await ProvinceTrendAsync(own, month, ct)
            : await TrendAsync(scope, month, approximate, ct);
        // A commune's e-mail draws its province's chart, the same for all its communes; its own months are a table.
        var chartProvince = scope is { CommuneCode: not null, ProvinceCode: { } p } ? p : null;

        return new SummaryData
        {
            Language = language,
            Period = month,
            Window = reporting.Window,
            Scope = scope,
            ScopeName = ScopeName(scope, en),
            RecipientName = subscription.DisplayName,
            Current = current,
            Previous = previous,
            LastYear = lastYear,
            LastYearApproximate = approximate && UnitValidity.IsOldPeriod(period.SameLastYear.First.Key),
            Rank = await RankAsync(scope, period, ct),
            TopFields = topFields,
            TopLateFields = topLate,
            SilentCommunes = silent,
            SilentCommuneCount = silentCount,
            Trend = points,
            ChartScopeName = chartProvince is null ? null : ScopeName(new Scope(chartProvince), en),
            ChartTrend = chartProvince is null ? null : await ProvinceTrendAsync(chartProvince, month, ct),
            DashboardUrl = links.ForScope(scope, month, language),
            UnsubscribeUrl = links.Unsubscribe(tokens.Create(subscription.Id)),
        };
    }

    /// <summary>The complete message; <paramref name="messageId"/> (stable per outbox row) lets receivers drop a repeat.</summary>
    public async Task<MimeMessage> ComposeAsync(Subscription subscription, Month month, string? messageId = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var data = await GatherAsync(subscription, month, ct);
        var gathered = Stopwatch.GetTimestamp();
        var chart = await ChartAsync(data);
        var charted = Stopwatch.GetTimestamp();
        var map = await ProvinceMapAsync(data, ct);
        var mapped = Stopwatch.GetTimestamp();
        var attachment = await form06(services, run, data.Scope, Period.OfMonth(month), data.Language, ct);
        var formed = Stopwatch.GetTimestamp();
        var message = SummaryMessage.Build(data, MailboxAddress.Parse(smtp.Value.From), new MailboxAddress(subscription.DisplayName, subscription.Email),
            chart, map, attachment, messageId);
        if (log.IsEnabled(LogLevel.Debug))
            LogComposed(log, subscription.Scope, Ms(started, gathered), Ms(gathered, charted), Ms(charted, mapped), Ms(mapped, formed),
                Ms(formed, Stopwatch.GetTimestamp()), Ms(started, Stopwatch.GetTimestamp()));
        return message;
    }

    /// <summary>The same spec draws the same PNG: a province's chart is drawn once per run for its e-mail and all its communes'.</summary>
    private Task<byte[]> ChartAsync(SummaryData data)
    {
        var spec = SummaryText.TrendChart(data);
        return run.GetAsync(("trend chart", spec), () => Task.FromResult(ChartRenderer.Render(spec, ChartFormat.Png, 640, 300, 2)));
    }

    /// <summary>The last 12 months of a scope, one point per month, unknown months empty.</summary>
    private async Task<IReadOnlyList<TrendPoint>> TrendAsync(Scope scope, Month month, bool approximate, CancellationToken ct)
    {
        var byMonth = (await figures.ByMonthAsync(scope, month.AddMonths(-11), month, ct)).ToDictionary(g => g.Key);
        return Enumerable.Range(0, 12).Select(i => month.AddMonths(i - 11)).Select(m =>
            byMonth.TryGetValue(m.Key, out var g)
                ? new TrendPoint(m, g.Figures.Received.Value, g.Figures.Resolved.Value, g.Figures.OnTimeRate.Value, approximate && UnitValidity.IsOldPeriod(m.Key))
                : new TrendPoint(m, null, null, null, approximate && UnitValidity.IsOldPeriod(m.Key))).ToList();
    }

    private Task<IReadOnlyList<TrendPoint>> ProvinceTrendAsync(string province, Month month, CancellationToken ct) =>
        run.GetAsync(("province trend", province, month.Key), () => TrendAsync(new Scope(province), month, false, ct));

    private static double Ms(long from, long to) => Math.Round(Stopwatch.GetElapsedTime(from, to).TotalMilliseconds, 2);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Summary composed for {Scope}: gather {GatherMs} ms, chart {ChartMs} ms, map {MapMs} ms, form {FormMs} ms, mime {MimeMs} ms, total {TotalMs} ms")]
    private static partial void LogComposed(ILogger logger, string scope, double gatherMs, double chartMs, double mapMs, double formMs, double mimeMs, double totalMs);

    /// <summary>The 34 provinces coloured by the index rate 2.1, as on the pages and in the national workbook.</summary>
    private Task<byte[]> ProvinceMapAsync(SummaryData data, CancellationToken ct) =>
        run.GetAsync(("map", data.Period.Key, data.Language), async () =>
        {
            var byProvince = (await ProvinceFiguresAsync(Period.OfMonth(data.Period), ct)).ToDictionary(g => g.Key, g => g.Figures);
            var units = provinces!.Values.Select(p => new MapUnit(p.Code, data.English ? p.NameEn : p.Name, "", byProvince.GetValueOrDefault(p.Code) ?? Figures.Empty)).ToList();
            return MapPng.Render(MapSpecs.Provinces(MapKpi.Default, units, SummaryText.MapTitle(data), data.Language));
        });

    /// <summary>The nation's figures by province: every province's rank and the map.</summary>
    private Task<IReadOnlyList<Grouped<string>>> ProvinceFiguresAsync(Period period, CancellationToken ct) =>
        run.GetAsync(("provinces by figures", period), () => figures.ByProvinceAsync(Scope.Nation, period, ct));

    private string ScopeName(Scope scope, bool en)
    {
        if (scope.CommuneCode is { } c)
        {
            var commune = units!.FindCommuneAnywhere(c).Item;
            var province = commune is null ? null : provinces!.GetValueOrDefault(commune.ProvinceCode);
            if (commune is null) return c;
            return province is null ? commune.FullName : $"{commune.FullName}, {(en ? province.NameEn : province.FullName)}";
        }
        if (scope.ProvinceCode is { } p && provinces!.TryGetValue(p, out var pr))
            return en ? $"{pr.NameEn} {(pr.Kind == "Thành phố" ? "City" : "Province")}" : pr.FullName;
        return en ? "Viet Nam (all provinces)" : "Toàn quốc";
    }

    private async Task<UnitRank?> RankAsync(Scope scope, Period period, CancellationToken ct)
    {
        if (scope.IsNation || scope.ProvinceCode is null) return null;
        if (scope.CommuneCode is { } commune)
        {
            var province = scope.ProvinceCode;
            var (communes, approximate) = await run.GetAsync(("communes by figures", province, period), async () =>
            {
                var byCommune = await figures.ByCommuneAsync(new Scope(province), period, ct);
                // Old months rank the communes of today on comparable figures: approximate when any of them had a split predecessor.
                return (byCommune, (await figures.ApproximateCommunesAsync(province, period.First, ct)).Count > 0);
            });
            return Rank(communes.Where(g => g.Key is not null).Select(g => (g.Key!, g.Figures.OnTimeRateIndex.Value)), commune, true) is { } rank
                ? rank with { Approximate = approximate }
                : null;
        }
        var all = await ProvinceFiguresAsync(period, ct);
        return Rank(all.Select(g => (g.Key, g.Figures.OnTimeRateIndex.Value)), scope.ProvinceCode, false);
    }

    /// <summary>Competition ranking (1, 2, 2, 4) of the units with a known rate; null when this unit has none.</summary>
    private static UnitRank? Rank(IEnumerable<(string Code, double? Rate)> units, string code, bool communes)
    {
        var rated = units.Where(u => u.Rate.HasValue).ToList();
        var mine = rated.FirstOrDefault(u => u.Code == code);
        if (mine.Code is null) return null;
        var position = 1 + rated.Count(u => u.Rate!.Value > mine.Rate!.Value + 1e-12);
        return new UnitRank(position, rated.Count, communes);
    }

    private async Task<(IReadOnlyList<string> Names, int Count)> SilentCommunesAsync(Scope scope, Month month, CancellationToken ct)
    {
        var silent = (await SilentCommunesAsync(month, ct)).AsEnumerable();
        if (scope.CommuneCode is { } c) silent = silent.Where(x => x.Code == c);
        else if (scope.ProvinceCode is { } p) silent = silent.Where(x => x.ProvinceCode == p);
        var list = silent.ToList();
        if (scope.IsNation || list.Count == 0) return ([], list.Count);
        return (list.Take(MaxSilentListed).Select(x => x.Name).ToList(), list.Count);
    }

    /// <summary>Every commune without any figure in the month, by code: one query for the whole run.</summary>
    private Task<List<SilentCommune>> SilentCommunesAsync(Month month, CancellationToken ct) =>
        run.GetAsync(("silent communes", month.Key), async () =>
        {
            var key = month.Key;
            var silent = await db.Communes.AsNoTracking()
                .Where(x => !db.Facts.Any(f => f.Period == key && f.CommuneCode == x.Code))
                .Select(x => new SilentCommune(x.Code, x.ProvinceCode, x.Kind + " " + x.Name)).ToListAsync(ct);
            silent.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
            return silent;
        });

    private sealed record SilentCommune(string Code, string ProvinceCode, string Name);
}
