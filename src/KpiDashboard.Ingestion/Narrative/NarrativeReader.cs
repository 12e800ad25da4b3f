using System.Text.RegularExpressions;
using KpiDashboard.Ingestion.Forms;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;
using static KpiDashboard.Ingestion.Narrative.NarrativeMeasures;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// Reads a passage sentence by sentence, as a reader would: the unit, the period and the level of government stay in
/// mind until the text names others (the level only within its paragraph), and inside a sentence each count takes the
/// unit, level and period written before it, so "tỉnh An Giang còn 5.830 … và đặc khu Phú Quốc … 3.845" are two units.
/// </summary>
internal sealed partial class NarrativeReader(UnitDirectory units, IReadOnlyList<Field> fields, DateOnly reference, string text)
{
    private readonly IReadOnlyList<string> _abbreviations = NarrativeCounts.Abbreviations(text);
    private readonly List<NarrativeStatementBuilder> _statements = [];
    private readonly Dictionary<(string?, string?, string?, DateOnly?, DateOnly?), NarrativeStatementBuilder> _byKey = [];
    private readonly List<(NarrativeStatementBuilder Target, decimal Value)> _handledTotals = [];
    private readonly List<NarrativePeriods.Phrase> _periodsNamed = [];

    private UnitMention.Found? _unit;
    private string? _level;
    private NarrativePeriods.Phrase? _period;
    private string? _lastName;
    private bool _agency;
    private string? _headingLevel;
    private IReadOnlyList<NarrativeTables.Column>? _table;
    private readonly List<UnitMention.Found> _unitsNamed = [];

    public IReadOnlyList<NarrativeStatementBuilder> Statements => _statements;
    public IReadOnlyList<(NarrativeStatementBuilder Target, decimal Value)> HandledTotals => _handledTotals;
    public IReadOnlyList<NarrativePeriods.Phrase> PeriodsNamed => _periodsNamed;

    /// <summary>The units the passage names for its figures (not those of a central agency's branch), in order.</summary>
    public IReadOnlyList<UnitMention.Found> UnitsNamed => _unitsNamed;

    public void Read(IReadOnlyList<(int Start, int End)> sentences, int index)
    {
        var (start, end) = sentences[index];
        var sentence = text[start..end];
        var lineStart = start == 0 || text[start - 1] == '\n';
        // A level holds within its paragraph, or under a heading line that names it ("- Cấp xã:") until the text names another.
        if (lineStart) (_level, _lastName, _agency) = (_headingLevel, null, false);
        if (ReadTable(sentence, start) || ReadSheetLine(sentence, start)) return;

        var mentions = UnitMention.ResolveAll(sentence, units, _unit?.Province?.Code);
        var agencies = mentions.Where(m => m.Unit.Province is not null && AgencyBefore().IsMatch(sentence[Math.Max(0, m.Index - 60)..m.Index])).Select(m => m.Index).ToHashSet();
        var subjects = AgencySubject().Matches(sentence).Where(m => !NotSubject().IsMatch(sentence.AsSpan(0, m.Index))).Select(m => m.Index).ToList();
        var levels = NarrativeLevels.In(sentence).Select(l => l.Level == NarrativeLevels.Desk ? l with { Level = DeskLevel(mentions) } : l).ToList();
        var periods = NarrativePeriods.Cumulative(sentence, NarrativePeriods.In(sentence, reference, _period), _period);
        _periodsNamed.AddRange(periods);
        var counts = NarrativeCounts.In(sentence, _abbreviations);
        _unitsNamed.AddRange(mentions.Where(m => !agencies.Contains(m.Index)).Select(m => m.Unit));
        if (mentions.Count > 0 || levels.Count > 0) _headingLevel = null;
        if (lineStart && (end == text.Length || text[end] == '\n') && counts.Count == 0 && mentions.Count == 0 && levels.Count == 1
            && levels[0].Level is { } headed && IsHeading(sentence)) _headingLevel = headed;
        // "Trong đó, …" goes on with the sentence before it: its verb is still the verb of these counts.
        var prefix = ContinuesBefore().IsMatch(sentence) && index > 0 ? Plain(text[sentences[index - 1].Start..sentences[index - 1].End]) + " " : "";
        var next = index + 1 < sentences.Count ? text[sentences[index + 1].Start..sentences[index + 1].End] : "";

        // "Trong đó, tại Bộ phận Một cửa UBND thành phố, …": a part of the unit this reader cannot name; its figures are not the unit's.
        var unknownPart = PartOfUnit().IsMatch(sentence) && mentions.Count == 0 && levels.Count == 0;
        if (unknownPart) counts = [];

        var named = new List<NarrativeRates.Named>();
        var respectively = NarrativeRespectively.In(sentence, counts, mentions.Where(m => !agencies.Contains(m.Index)), periods);
        for (var k = 0; k < counts.Count; k++)
        {
            var count = counts[k];
            var previous = k > 0 ? counts[k - 1] : null;
            var (name, field, qualifier, alsoReceived) = Measure(sentence, counts, k, named, mentions, levels, prefix);
            var share = respectively.GetValueOrDefault(k);
            if (share?.Verb is { } verb) (name, alsoReceived) = (Name(qualifier, verb, false), false);
            if (share?.Skip == true) name = null;
            named.Add(new NarrativeRates.Named(count.Index, count.End, name));
            if (name is null || OfAgency(sentence, mentions, agencies, subjects, levels, count.Index)) continue;
            var target = Target(share?.Unit ?? At(sentence, mentions, levels, count.Index), LevelAt(sentence, mentions, levels, count.Index),
                share?.Period ?? PeriodAt(sentence, periods, count.Index, previous?.Index ?? -1, k + 1 < counts.Count ? counts[k + 1].Index : sentence.Length));
            if (IsHandledTotal(sentence, count, name, qualifier, previous, next))
            {
                _handledTotals.Add((target, count.Value));
                continue;
            }
            _lastName = name;
            var figure = new NarrativeFigure(count.Value, count.Approximate, sentence.Trim(), start + count.Index, start + count.End);
            target.Add(name, figure, field);
            if (alsoReceived) target.Add("received", figure, field);
        }
        var rates = unknownPart ? [] : NarrativeRates.OnTime(sentence, named, EarlyApart(sentence, mentions, levels, periods, counts));
        foreach (var rate in rates.Where(r => !OfAgency(sentence, mentions, agencies, subjects, levels, r.Index)))
            Target(At(sentence, mentions, levels, rate.Index), LevelAt(sentence, mentions, levels, rate.Index), PeriodAt(sentence, periods, rate.Index))
                .Add("on_time_rate_percent", new NarrativeFigure(rate.Value, rate.Approximate, sentence.Trim(), start + rate.Index, start + rate.End), null);

        _unit = At(sentence, mentions, levels, sentence.Length);
        _agency = OfAgency(sentence, mentions, agencies, subjects, levels, sentence.Length);
        _level = LevelAt(sentence, mentions, levels, sentence.Length);
        // "tỉnh … tiếp nhận 12.000 hồ sơ, trong đó cấp tỉnh 2.000 hồ sơ, cấp xã 10.000 hồ sơ": a breakdown by level of the
        // sentence's own total does not carry to the next sentence, which is about the total again.
        if (counts.Count > 0 && levels.Count > 0 && levels.All(l => l.Index > counts[0].End) && Breakdown().IsMatch(sentence[counts[0].End..levels[0].Index]))
            _level = LevelAt(sentence, mentions, levels, counts[0].Index);
        // The year so far ("lũy kế từ đầu năm") is said beside the period in mind: the next sentence ("trong kỳ") is of that period again.
        if (periods.LastOrDefault(p => !p.Cumulative) is { } last) _period = last.Kind == NarrativePeriods.Kind.OpenEnded ? null : last;
    }

    /// <returns>The figure name; <c>AlsoReceived</c> when the count is also the received one ("đã tiếp nhận và giải quyết 43 nghìn hồ sơ").</returns>
    private (string? Name, Field? Field, Qualifier? Qualifier, bool AlsoReceived) Measure(string sentence, IReadOnlyList<NarrativeCounts.Count> counts, int k,
        IReadOnlyList<NarrativeRates.Named> named, IReadOnlyList<(int Index, UnitMention.Found Unit)> mentions,
        IReadOnlyList<NarrativeLevels.Marker> levels, string prefix)
    {
        var count = counts[k];
        var open = OpenParenthesis(sentence, count.Index);
        var previousEnd = k > 0 ? counts[k - 1].End : 0;
        var after = Plain(After(sentence, count.End, k + 1 < counts.Count ? counts[k + 1].Index : sentence.Length));
        var segmentText = Segment(sentence, previousEnd, count.Index, open);
        var segment = Plain(segmentText);
        // "Về hồ sơ trực tuyến, trong quý, UBND thành phố tiếp nhận 581 hồ sơ": the opening "Về …" or "Đối với …" gives the topic.
        var qualifier = QualifierOf(after) ?? QualifierOf(segment) ?? (Topic().Match(sentence) is { Success: true } topic ? QualifierOf(Plain(topic.Groups["topic"].Value)) : null);
        var ownVerb = LeadingVerb(after) ?? LastVerb(segment);
        var field = open >= 0 ? FieldBefore(sentence[..open]) : FieldNamedIn(segmentText);

        // A bare count right after the unit, level or field changed is the same figure for the new one:
        // "tỉnh An Giang còn 5.830 hồ sơ xử lý quá hạn, trong đó, đặc khu Phú Quốc có 3.845 hồ sơ".
        // "4.930 hồ sơ … trễ hạn trong tổng số hơn 383.800 hồ sơ mà các cơ quan … tiếp nhận": the words before a total describe the
        // part; the total's own measure is in the clause after it.
        if (OutOfTotal().IsMatch(segment)) return (WholeName(sentence, count.End), field, null, false);
        // "150 hồ sơ khiếu nại, tố cáo", "Cục Sở hữu trí tuệ tiếp nhận 12.000 hồ sơ": other things in the words of the count's own clause.
        if (OtherThing(FirstClause(after)) || OtherThing(OwnClause(segment))) return (null, null, null, false);
        // "phấn đấu năm 2026 tiếp nhận 8.000 hồ sơ trực tuyến": a target is no figure of the period.
        var clauseStart = Math.Max(sentence.LastIndexOf(';', Math.Max(0, count.Index - 1)) + 1, previousEnd);
        if (IsTarget(Plain(sentence[clauseStart..count.Index]), Plain(sentence[..Math.Min(sentence.Length, 40)]))) return (null, null, null, false);

        var outer = open >= 0 ? named.LastOrDefault(n => n.End <= open) : null;
        var before = k > 0 ? named[k - 1] : outer;
        if (qualifier is null && ownVerb is null && before?.Name is { } inherited && Changes(sentence, before.End, count.Index, mentions, levels))
            return (inherited, field, null, false);
        // "chiếm 55,4% tổng số hồ sơ tiếp nhận (55.000 hồ sơ)": a count in parentheses right after a total of dossiers names that total.
        if (open >= 0 && qualifier is null && ownVerb is null && field is null && TotalBefore().Match(Plain(sentence[..open])) is { Success: true } total)
            return (Name(null, LeadingVerb(total.Groups["verb"].Value), false), null, null, false);
        // "40% hồ sơ trực tuyến (4.800 hồ sơ)": a count in parentheses right after a share restates that share as a count of what it names.
        if (open >= 0 && qualifier is null && ownVerb is null && field is null && ShareBefore().Match(sentence[..open]) is { Success: true } share
            && Plain(share.Groups["what"].Value) is var what && QualifierOf(what) is var q && q != Qualifier.NotAFigure
            && (q is not null || (" " + what + " ").Contains(" ho so ", StringComparison.Ordinal)))
        {
            return (Name(q, LastVerb(prefix + Plain(sentence[..share.Index])), false), null, q, false);
        }
        // In parentheses, a count with nothing of its own and no field is a detail (per agency, per district) of the count before.
        if (open >= 0 && qualifier is null && field is null) return (null, null, null, false);

        var family = ownVerb ?? LastVerb(prefix + Plain(sentence[..count.Index]));
        if (family is null && qualifier == Qualifier.Late) family = FamilyOf(_lastName);
        var name = Name(qualifier, family, (" " + segment + " ").Contains(" tiep nhan ", StringComparison.Ordinal));
        // "đã tiếp nhận và giải quyết (đúng hẹn) 34.365 hồ sơ": the same dossiers were received and resolved (on time).
        var both = qualifier is null or Qualifier.OnTime or Qualifier.Early or Qualifier.EarlyOrOnTime
            && name is "resolved" or "resolved_on_time" or "resolved_early" or "early_or_on_time"
            && (ReceivedAndResolved().IsMatch(segmentText) || ReceivedThenResolved().IsMatch(sentence.AsSpan(previousEnd, count.Index - previousEnd)));
        return (name, field, qualifier, both);
    }

    /// <summary>
    /// A "received" total whose breakdown includes dossiers carried over from the period before is the handled total
    /// (form column 3), not what was received: "tiếp nhận tổng cộng 19.361 hồ sơ, trong đó 16.041 hồ sơ tiếp nhận mới,
    /// số còn lại từ kỳ trước chuyển sang".
    /// </summary>
    private static bool IsHandledTotal(string sentence, NarrativeCounts.Count count, string name, Qualifier? qualifier, NarrativeCounts.Count? previous, string next)
    {
        var segment = Plain(sentence[(previous?.End ?? 0)..count.Index]);
        var total = segment.Contains("tong so", StringComparison.Ordinal) || segment.Contains("tong cong", StringComparison.Ordinal);
        if (!(name == "received" && qualifier != Qualifier.New) && !(total && name is "received" or "resolved")) return false;
        var breakdown = Plain(sentence[count.End..]) + (ContinuesBefore().IsMatch(next) ? " " + Plain(next) : "");
        return MentionsCarriedOver(breakdown);
    }

    /// <summary>
    /// A line of a statistics table copied as text (<see cref="NarrativeTables"/>): its header sets the columns, its rows of the
    /// whole unit or of a level give figures for the unit and period in mind. Any other line ends the table.
    /// </summary>
    private bool ReadTable(string sentence, int start)
    {
        var line = sentence.Trim();
        // A header holds no count; it is read as a sentence too, for the unit, level or period it may name.
        if (NarrativeTables.Header(line) is { } columns)
        {
            _table = columns;
            return false;
        }
        if (_table is null) return false;
        if (NarrativeTables.IsSubHeader(line)) return true;
        var (isRow, row) = NarrativeTables.ReadRow(line, _table);
        if (!isRow)
        {
            _table = null;
            return false;
        }
        foreach (var (name, value) in row?.Figures ?? [])
            Target(_unit, row!.Level, _period).Add(name, new NarrativeFigure(value, false, line, start, start + sentence.Length), null);
        return true;
    }

    /// <summary>
    /// A statistics sheet copied as "Label : value" lines (<see cref="NarrativeTables.LabelledCount"/>): a line naming a period
    /// ("Tháng : 2/2019") sets the period of the lines under it, a line naming a measure gives its figure for the unit and
    /// period in mind. Only in a passage about dossiers that holds two such lines or more: one alone is no sheet.
    /// </summary>
    private bool ReadSheetLine(string sentence, int start)
    {
        if (!_isSheet) return false;
        var line = sentence.Trim();
        if (NarrativeTables.LabelledPeriod(line) is { } named && NarrativePeriods.In(named, reference, _period) is [var period])
        {
            _periodsNamed.Add(period);
            _period = period.Kind == NarrativePeriods.Kind.OpenEnded ? null : period;
            return true;
        }
        if (NarrativeTables.LabelledCount(line) is not var (name, value)) return false;
        Target(_unit, _level, _period).Add(name, new NarrativeFigure(value, false, line, start, start + sentence.Length), null);
        return true;
    }

    private readonly bool _isSheet = VietnameseText.PlainKey(text).Contains("ho so", StringComparison.Ordinal)
        && text.Split('\n').Count(l => NarrativeTables.LabelledCount(l.Trim()) is not null) >= 2;

    /// <summary>A short line that names a level and nothing to count: "- Cấp xã:", "* Cấp tỉnh", "b) Tại cấp xã:".</summary>
    private static bool IsHeading(string line)
    {
        var words = line.Trim().TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 8 && line.Trim().Length <= 60;
    }

    /// <summary>The measure of a total that another count is part of, from its relative clause ("mà … tiếp nhận"); none without one.</summary>
    private static string? WholeName(string sentence, int end)
    {
        var rest = sentence[end..];
        if (!Plain(rest).StartsWith("ma ", StringComparison.Ordinal)) return null;
        var clause = Plain(rest[..(rest.IndexOf(';') is var semi && semi >= 0 ? semi : rest.Length)]);
        return LastVerb(clause) is { } verb ? Name(QualifierOf(clause), verb, false) : null;
    }

    /// <summary>
    /// A count belongs to an agency when the unit it falls under was named as a central agency's branch ("PC64 Công an tỉnh Nghệ
    /// An"), or, with no unit nor level ("toàn tỉnh", "cấp xã") before it in the sentence, when the sentences before were about
    /// one: its figures are not the unit's.
    /// </summary>
    private bool OfAgency(string sentence, IReadOnlyList<(int Index, UnitMention.Found Unit)> mentions, IReadOnlySet<int> agencies,
        IReadOnlyList<int> subjects, IReadOnlyList<NarrativeLevels.Marker> levels, int index)
    {
        var mention = mentions.LastOrDefault(m => m.Index < index);
        // "Sở Tài nguyên và Môi trường tiếp nhận 8.000 hồ sơ, giải quyết trễ hạn 200 hồ sơ": a department or branch doing what is
        // counted is the subject of the counts after it, up to a unit or level named again; they are its own, not the unit's.
        var subject = subjects.LastOrDefault(i => i < index, -1);
        if (subject >= 0 && subject > (mention.Unit is null ? -1 : mention.Index) && !levels.Any(l => l.Index > subject && l.Index < index)
            && !Reports().IsMatch(sentence[subject..index]))
            return true;
        if (mention.Unit is not null) return agencies.Contains(mention.Index);
        return _agency && !levels.Any(l => l.Index < index);
    }

    /// <summary>The unnamed "UBND thành phố" set against its communes: a centrally-run city's provincial level, else a former city's own (district) level.</summary>
    private string DeskLevel(IReadOnlyList<(int Index, UnitMention.Found Unit)> mentions)
    {
        var unit = mentions.Count > 0 ? mentions[0].Unit : _unit;
        return unit?.Province is not null && unit.Commune is null ? "province" : "district";
    }

    private NarrativeStatementBuilder Target(UnitMention.Found? unit, string? level, NarrativePeriods.Phrase? period)
    {
        var key = NarrativeStatementBuilder.KeyOf(unit, level, period);
        if (_byKey.TryGetValue(key, out var found)) return found;
        _statements.Add(found = new NarrativeStatementBuilder(unit, level, period, _periodsNamed.Count == 0, _unitsNamed.Count == 0));
        _byKey.Add(key, found);
        return found;
    }

    private bool EarlyApart(string sentence, IReadOnlyList<(int Index, UnitMention.Found Unit)> mentions, IReadOnlyList<NarrativeLevels.Marker> levels,
        IReadOnlyList<NarrativePeriods.Phrase> periods, IReadOnlyList<NarrativeCounts.Count> counts)
    {
        var at = counts.Count > 0 ? counts[^1].Index : 0;
        var key = NarrativeStatementBuilder.KeyOf(At(sentence, mentions, levels, at), LevelAt(sentence, mentions, levels, at), PeriodAt(sentence, periods, at));
        return _byKey.TryGetValue(key, out var found) && found.Figures.ContainsKey("resolved_early");
    }

    /// <summary>The unit of a count: the last one named before it in the sentence, else the sentence's first, else the one in mind.</summary>
    private static bool PartAfter(string sentence, int index, int mention) =>
        index < mention && (sentence.IndexOf(';', index, mention - index) >= 0 || Breakdown().IsMatch(sentence[index..mention]));

    private UnitMention.Found? At(string sentence, IReadOnlyList<(int Index, UnitMention.Found Unit)> mentions, IReadOnlyList<NarrativeLevels.Marker> levels, int index)
    {
        var mention = mentions.LastOrDefault(m => m.Index < index);
        // A unit named after the count places it only within its clause: "Các xã tiếp nhận 20.000 hồ sơ, trong đó xã Ia Grai …"
        // names a part of the count, not its unit.
        var unit = mention.Unit ?? (mentions.Count > 0 && !PartAfter(sentence, index, mentions[0].Index) ? mentions[0].Unit : _unit);
        // "toàn tỉnh" after a commune goes back to the whole province.
        var whole = levels.LastOrDefault(l => l.Index < index && l.Level is null);
        if (unit?.Commune is not null && whole is not null && (mention.Unit is null || whole.Index > mention.Index))
            unit = new UnitMention.Found(unit.Province, null, unit.Province?.FullName ?? unit.Text);
        return unit;
    }

    /// <summary>
    /// The level of a count: the last one named before it, unless a unit named after that level in another clause turned
    /// to the unit itself ("cấp xã tiếp nhận 1.610 hồ sơ, tỉnh Tây Ninh tiếp nhận 1.665"); a unit in the same clause only
    /// places the level ("91 xã, phường trên địa bàn tỉnh Hà Tĩnh đã tiếp nhận").
    /// </summary>
    private string? LevelAt(string sentence, IReadOnlyList<(int Index, UnitMention.Found Unit)> mentions, IReadOnlyList<NarrativeLevels.Marker> levels, int index)
    {
        // A level named in a "trong đó …" breakdown holds to the end of that clause: "…; và đã giải quyết 116.008 hồ sơ" is the whole again.
        levels = levels.Where(l => l.Index >= index || !InBreakdownEndedBefore(sentence, l, index)).ToList();
        var marker = levels.LastOrDefault(l => l.Index < index);
        var mention = mentions.LastOrDefault(m => m.Index < index);
        if (marker is not null && (mention.Unit is null || marker.Index > mention.Index || sentence.IndexOfAny([',', ';'], Math.Min(marker.End, mention.Index), Math.Max(0, mention.Index - marker.End)) < 0))
            return marker.Level;
        return mention.Unit is null ? _level : null;
    }

    private static bool InBreakdownEndedBefore(string sentence, NarrativeLevels.Marker marker, int index)
    {
        var clauseStart = sentence.LastIndexOf(';', Math.Max(0, marker.Index - 1)) + 1;
        return Breakdown().IsMatch(sentence[clauseStart..marker.Index]) && sentence.IndexOf(';', marker.End) is var end && end >= 0 && end < index;
    }

    private NarrativePeriods.Phrase? PeriodAt(string sentence, IReadOnlyList<NarrativePeriods.Phrase> periods, int index, int previousCount = -1, int nextCount = int.MaxValue) =>
        NarrativePeriods.For(sentence, periods, index, previousCount, nextCount) is { } p ? (p.Kind == NarrativePeriods.Kind.OpenEnded ? null : p) : _period;

    /// <summary>A unit, level or field named between two counts.</summary>
    private bool Changes(string sentence, int from, int to, IReadOnlyList<(int Index, UnitMention.Found Unit)> mentions, IReadOnlyList<NarrativeLevels.Marker> levels) =>
        mentions.Any(m => m.Index >= from && m.Index < to) || levels.Any(l => l.Index >= from && l.Index < to) || FieldNamedIn(sentence[from..to]) is not null;

    private static Family? FamilyOf(string? name) => name switch
    {
        null => null,
        "received" or "received_online" or "carried_over" => Family.Received,
        "pending" or "pending_overdue" => Family.Pending,
        _ => Family.Resolved,
    };

    /// <summary>The text after a count that describes it: up to the next count or the end of its clause.</summary>
    private static string After(string sentence, int from, int nextCount)
    {
        var end = sentence.IndexOfAny([',', ';', '(', ')'], from);
        return sentence[from..Math.Min(end < 0 ? sentence.Length : end, nextCount)];
    }

    /// <summary>
    /// The words before a count that belong to it: since the previous count, cut at the last clause break (";", ",", "và",
    /// "trong đó") unless what follows the break is still a deadline ("trước hạn, đúng hạn 87.253 hồ sơ"). Asides in
    /// parentheses are left out, unless the count is inside one.
    /// </summary>
    private static string Segment(string sentence, int previousEnd, int index, int open)
    {
        var from = open >= previousEnd ? open + 1 : previousEnd;
        var segment = open >= previousEnd ? sentence[from..index] : Aside().Replace(sentence[from..index], " ");
        var semicolon = segment.LastIndexOf(';');
        if (semicolon >= 0) segment = segment[(semicolon + 1)..];
        foreach (Match m in Break().Matches(segment).Reverse())
        {
            // "và" and "trong đó" part the words of two counts; "đã và đang", "tiếp nhận và xử lý" join two verbs of one.
            if (m.Value != "," && (previousEnd == 0 || JoinsVerbs(segment[..m.Index]))) continue;
            if (!DeadlineNext().IsMatch(segment[(m.Index + m.Length)..])) return segment[(m.Index + m.Length)..];
        }
        return segment;
    }

    /// <summary>The words after a count up to a "và" that starts another thing counted ("8.000 hồ sơ và 120 đơn khiếu nại").</summary>
    private static string FirstClause(string plainAfter)
    {
        var and = (" " + plainAfter + " ").IndexOf(" va ", StringComparison.Ordinal);
        return and < 0 ? plainAfter : plainAfter[..Math.Min(plainAfter.Length, and)];
    }

    /// <summary>The words of a segment after its last "và": a count's own clause, not the thing counted before it.</summary>
    private static string OwnClause(string plainSegment)
    {
        var and = (" " + plainSegment + " ").LastIndexOf(" va ", StringComparison.Ordinal);
        return and < 0 ? plainSegment : plainSegment[Math.Min(plainSegment.Length, and + 3)..];
    }

    private static bool JoinsVerbs(string before)
    {
        var words = Plain(before).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (words[^1] == "da" || LastVerb(string.Join(' ', words.TakeLast(2))) is not null);
    }

    private static int OpenParenthesis(string sentence, int index)
    {
        var open = sentence.LastIndexOf('(', Math.Max(0, index - 1));
        return open >= 0 && sentence.IndexOf(')', open) is var close && (close < 0 || close > index) ? open : -1;
    }

    /// <summary>The field whose name ends right before a parenthesis: "tần số vô tuyến điện (43 hồ sơ)".</summary>
    private Field? FieldBefore(string textBefore)
    {
        var key = VietnameseText.ToneKey(textBefore);
        return fields.Where(f => key.EndsWith(VietnameseText.ToneKey(f.NameVi), StringComparison.Ordinal))
            .OrderByDescending(f => f.NameVi.Length).FirstOrDefault();
    }

    /// <summary>A field named as such in a phrase: "lĩnh vực tần số vô tuyến điện chiếm nhiều nhất với 43 hồ sơ".</summary>
    private Field? FieldNamedIn(string phrase)
    {
        var key = " " + VietnameseText.ToneKey(phrase) + " ";
        return fields.Where(f => key.Contains(" " + VietnameseText.ToneKey("lĩnh vực " + f.NameVi) + " ", StringComparison.Ordinal))
            .OrderByDescending(f => f.NameVi.Length).FirstOrDefault();
    }

    private static string Plain(string s) => VietnameseText.PlainKey(s);

    [GeneratedRegex(@"^\s*trong\s+(?:đó|số\s+(?:này|đó|hồ\s+sơ\s+trên))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesBefore();

    [GeneratedRegex(@"\btrong\s+đó\b", RegexOptions.IgnoreCase)]
    private static partial Regex Breakdown();

    // The topic runs to the comma before the clause's subject or time: "Đối với việc tiếp nhận, giải quyết hồ sơ … trực tuyến, UBND thành phố …".
    [GeneratedRegex(@"^\s*(?:Về|Đối\s+với)\s+(?<topic>[^;0-9]{1,150}?),\s*(?=(?:trong|UBND|cấp|toàn|các|Trung\s+tâm|Bộ\s+phận)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\btiếp\s+nhận\s+và\s+(?:giải\s+quyết|xử\s+lý)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedAndResolved();

    // "đã tiếp nhận, giải quyết 1.250 hồ sơ": the two verbs side by side before the count, as with "và".
    [GeneratedRegex(@"\btiếp\s+nhận\s*,\s*(?:giải\s+quyết|xử\s+lý)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedThenResolved();

    [GeneratedRegex(@"^\s*(?:trong\s+đó|riêng)\s*,?\s*(?:tại|ở)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfUnit();

    [GeneratedRegex(@",|\bvà\b|\btrong\s+đó\b", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"^\s*(?:giải\s+quyết\s+|trả\s+)?(?:trước|đúng|sớm|quá|trễ|chậm)\s+(?:hạn|hẹn|thời\s+hạn|và)", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineNext();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"(?<![0-9.,])[0-9]{1,3}(?:,[0-9]+)?\s*%\s*(?<what>[^0-9%();,]{1,40})$")]
    private static partial Regex ShareBefore();

    [GeneratedRegex(@"\btong so (?:luong )?ho so (?<verb>(?:da |duoc )?(?:tiep nhan|giai quyet|dang giai quyet))\s*$")]
    private static partial Regex TotalBefore();

    [GeneratedRegex(@"\b(?:trong|tren)\s+tong\s+so\s*$")]
    private static partial Regex OutOfTotal();

    // A central agency's branch named by the unit it sits in (police, tax, customs, social insurance): its counts are its own.
    // The province's departments (Sở), its one-stop centre and its statistics office report for the province.
    // A department, branch or office as the subject of its clause (not "Theo Sở …", "của Sở …"); the one-stop centre is the unit's own.
    [GeneratedRegex(@"\b(?:Sở|Chi\s+nhánh|Văn\s+phòng\s+[Đđ]ăng\s+ký|Phòng)\s+\p{Lu}")]
    private static partial Regex AgencySubject();

    [GeneratedRegex(@"\b(?:[Tt]heo|của|với|tại|cho|và)\s$")]
    private static partial Regex NotSubject();

    // The department only reports the unit's figures: "Sở Nội vụ cho biết, toàn tỉnh …".
    [GeneratedRegex(@"\b(?:cho\s+biết|báo\s+cáo|thông\s+tin|cho\s+hay|thống\s+kê)\b|:", RegexOptions.IgnoreCase)]
    private static partial Regex Reports();

    [GeneratedRegex(@"(?:Công\s+an|(?:Chi\s+)?[Cc]ục\s+(?:Thuế|Hải\s+quan)|Bảo\s+hiểm\s+xã\s+hội)\s+$")]
    private static partial Regex AgencyBefore();
}
