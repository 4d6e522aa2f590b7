using System.Text.RegularExpressions;
using Apogee.Core.Model;
using Apogee.Extraction.Attribution;
using Apogee.Extraction.Dates;
using Apogee.Extraction.Missiles;
using Apogee.Extraction.Quantities;
using Apogee.Extraction.References;
using Apogee.Extraction.Relevance;
using Apogee.Extraction.Sentences;
using Apogee.Extraction.Sites;
using Apogee.Extraction.Text;
using Apogee.Knowledge;

namespace Apogee.Extraction;

/// <summary>
/// Assembles one document's report: finds the primary launch sentence, the sentences that speak about that launch,
/// turns each of their facts into an attributed claim, consolidates the event's fields from the claims, and adds
/// the earlier launches the report dates. Each stage is guarded: a failing stage is recorded and the rest go on.
/// </summary>
internal sealed class ReportBuilder
{
    private readonly ExtractorParts _parts;
    private readonly CleanDocument _doc;
    private readonly List<string> _problems = [];

    // Per-sentence answers asked several times while building one report (by sentence index): the launch-language test
    // and the site finder are among the costliest steps, so each sentence is asked once.
    private readonly Dictionary<int, bool> _tellsOfLaunch = [];
    private readonly Dictionary<int, (bool Dated, bool AboutOther)> _background = [];
    private readonly Dictionary<int, IReadOnlyList<SiteMention>> _sites = [];

    // The primary sentence tells of the launch even when it names it only as a noun ("North Korean missile launch").
    private int _primaryIndex = -1;

    // The document's time budget (DocumentPipeline): checked between stages and in the per-sentence loops.
    private readonly CancellationToken _cancel;

    // A day near the launch, for US daylight saving of "7:30 p.m. ET": published, else the day the text dates it to.
    private DateOnly? _clockDay;

    public ReportBuilder(ExtractorParts parts, CleanDocument doc, CancellationToken cancel = default)
    {
        _parts = parts;
        _doc = doc;
        _cancel = cancel;
        _clockDay = doc.Metadata.Published;
    }

    public IReadOnlyList<string> Problems => _problems;

    public LaunchReport Build()
    {
        var text = _doc.Text ?? "";
        var sentences = Guard("sentences", () => _parts.Splitter.Split(text), []);
        _background.EnsureCapacity(sentences.Count);
        _tellsOfLaunch.EnsureCapacity(sentences.Count);
        var dateline = ExtractionPatterns.Dateline().Match(text);
        var primary = Guard("relevance", () => _parts.Relevance.FindPrimaryLaunch(sentences, s => DatedLongBefore(s, dateline, RelevanceJudge.StaleDays)), null);
        if (primary is null) return new LaunchReport(_doc.Name, _doc.Metadata.Published, false, []);
        _primaryIndex = primary.Index;

        var stateAgency = (dateline.Success && dateline.Groups[3].Value == "KCNA")
            || (_doc.Metadata.Outlet ?? "").Contains("KCNA", StringComparison.OrdinalIgnoreCase);
        var defaultSource = OfficialVoice.Of(_doc.Metadata.Outlet, stateAgency);
        var attributions = Guard("attribution", () => _parts.Attributor.Attribute(sentences, defaultSource), sentences.Select(_ => new Attribution.Attribution(defaultSource, null, false)).ToList());

        // Sentences about the story's own launch: from the headline on, skipping those about earlier launches.
        var weekdayHint = ExtractionPatterns.Weekday().Match(primary.Text) is { Success: true } wm ? wm.Value : null;
        var factSentences = FactSentences(sentences, primary, dateline, weekdayHint, null);

        // Where the launch's day and hour are told: the primary sentence, the lead before it, and what follows about "the launch".
        var dateSentences = new List<Sentence> { primary };
        dateSentences.AddRange(factSentences.Where(s => s.Index < primary.Index && TellsOfLaunch(s)));
        dateSentences.AddRange(factSentences.Where(s => s.Index > primary.Index && (TellsOfLaunch(s) || ExtractionPatterns.ContinuationSubject().IsMatch(s.Text))).Take(5));

        // "On Friday, the rocket broke apart ...": a sentence that opens with the day and names the launched thing dates it.
        var dated = dateSentences.Select(s => s.Index).ToHashSet();
        dateSentences.AddRange(factSentences.Where(s => s.Index > primary.Index && !dated.Contains(s.Index)
            && ExtractionPatterns.OpeningDay().IsMatch(s.Text) && ExtractionPatterns.Projectile().IsMatch(s.Text)).Take(1));

        var announcement = stateAgency && sentences.Take(RelevanceJudge.LeadSentences).Any(s => ExtractionPatterns.LatestLaunchesNominal().IsMatch(s.Text));
        // By index, in a set: the lead can hold most of a long document's sentences.
        dated = dateSentences.Select(s => s.Index).ToHashSet();
        var storySentences = factSentences.Where(s => !dated.Contains(s.Index)).ToList();
        var date = Guard("dates", () => ResolveDate(sentences, dateline, announcement, dateSentences, storySentences, text), new ResolvedDate(DateBounds.Unknown, null));
        _clockDay ??= date.Bounds.Latest ?? date.Bounds.Earliest;

        // The weekday most of the launch sentences give is the launch's; a launch told on another day ("three short-range
        // missiles on Saturday" in a story of Tuesday's) is another launch: its class and figures are not this one's.
        if (LaunchLanguage.MostToldWeekday(factSentences.Where(TellsOfLaunch).Select(s => s.Text)) is { } launchWeekday)
        {
            factSentences = FactSentences(sentences, primary, dateline, weekdayHint, launchWeekday);
        }

        var launchSentences = factSentences.Where(s => s.Index >= primary.Index && TellsOfLaunch(s)).Take(6).ToList();
        if (!launchSentences.Contains(primary)) launchSentences.Insert(0, primary);

        // Another party's launch told beside the story's ("The U.S. Air Force, meanwhile, tested ... from Vandenberg") gives
        // it no claims, site or missile: each sentence is asked once, here.
        var actor = ActorFinder.Find(primary.Text, sentences.Count > 0 && sentences[0].Index != primary.Index ? sentences[0].Text : null);
        var own = factSentences.Where(s => s.Index == primary.Index || !OtherLauncher.Launches(s.Text, actor)).ToList();
        var claims = Guard("claims", () => Claims(own, attributions, primary.Index, stateAgency, defaultSource), []);
        if (!claims.Any(c => c.Field == Vocabulary.Fields.Count))
        {
            // The number is not written, but "launched the missile" says one and "fired rockets" two or more: claimed by whoever tells of it.
            var a = attributions[primary.Index];
            claims.Add(new Claim(Vocabulary.Fields.Count, ClaimValue.Of(ImpliedCount(primary, dateSentences)), Vocabulary.Qualifiers.Exact, a.Source, a.Speaker, primary.Text, primary.Start, primary.End));
        }

        var otherDay = factSentences.Where(s => s.Index != primary.Index && DatedToAnotherDay(s, dateline, date.Bounds)).Select(s => s.Start).ToHashSet();
        claims.RemoveAll(c => otherDay.Contains(c.Start));
        var ev = Guard("event", () => Event(primary, actor, own, launchSentences, dateSentences, factSentences, claims, date), new LaunchEvent { Claims = claims });
        var anchor = ev.Date.IsDay ? ev.Date.Earliest : _doc.Metadata.Published;
        var refs = Guard("references", () => ReferenceFinder.Find(sentences.Where(s => s.Index != primary.Index).Select(s => WithoutDateline(s, dateline)).Prepend(ReferenceFinder.EarlierLaunchTail(WithoutDateline(primary, dateline))).Concat(_doc.Captions ?? []), anchor, ev.Actor, ev.Weekday, ev.Date), []);
        // Repeats become evidence only now: the figures above weigh how many sentences say a thing.
        LaunchEvent[] events = [ev, .. refs];
        for (var i = 0; i < events.Length; i++) events[i] = events[i] with { Claims = ClaimMerger.Merge(events[i].Claims) };
        return new LaunchReport(_doc.Name, _doc.Metadata.Published, true, [.. events]);
    }

    /// <summary>
    /// The sentences that speak about the primary launch: all but those about another launch (a marker such as "last
    /// month", a date long before publication, a launch on another weekday than <paramref name="launchWeekday"/>) and
    /// those that go straight on about such a launch ("The missile flew ...").
    /// </summary>
    private List<Sentence> FactSentences(IReadOnlyList<Sentence> sentences, Sentence primary, Match dateline, string? weekdayHint, string? launchWeekday)
    {
        var kept = new List<Sentence>(sentences.Count);
        Sentence? background = null;
        var dates = false;
        foreach (var s in sentences)
        {
            _cancel.ThrowIfCancellationRequested();
            if (s.Index == primary.Index)
            {
                kept.Add(s);
                background = null;
                continue;
            }

            // What does not depend on the launch's weekday is asked once per sentence: this runs twice.
            if (!_background.TryGetValue(s.Index, out var known)) _background[s.Index] = known = (DatedLongBefore(s, dateline, 8), LaunchLanguage.AboutOtherLaunch(s.Text, weekdayHint));
            var dated = known.Dated;
            var otherDay = launchWeekday is not null && TellsOfLaunch(s) && LaunchLanguage.OnAnotherWeekday(s.Text, launchWeekday);
            var continues = background is not null && LaunchLanguage.ContinuesBackground(background, dates, s, launchWeekday ?? weekdayHint);
            if (dated || otherDay || continues || known.AboutOther)
            {
                (background, dates) = (s, dated || otherDay || ExtractionPatterns.DatingMarker().IsMatch(s.Text) || (continues && dates));
                continue;
            }

            background = null;
            kept.Add(s);
        }

        return kept;
    }

    private List<Claim> Claims(IReadOnlyList<Sentence> sentences, IReadOnlyList<Attribution.Attribution> attributions, int primary, bool stateAgency, string defaultSource)
    {
        var claims = new List<Claim>();
        // Which claims are already there, by sentence, field, value and qualifier: asked for every fact, so a set (a scan
        // of the claims made the claims of a long document quadratic).
        var seen = new HashSet<(int, string, ClaimValue, string)>();
        foreach (var s in sentences)
        {
            _cancel.ThrowIfCancellationRequested();
            // "Why does North Korea keep launching ICBMs?", "What is a hypersonic missile?": a question (an explainer's or a
            // related video's heading) asserts nothing of the launch.
            if (s.Index != primary && s.Text.TrimEnd('"', '\'', '\u201d', '\u2019', ')').EndsWith('?')) continue;
            var a = attributions[s.Index];
            var launchy = TellsOfLaunch(s);
            var facts = new List<Fact>(_parts.Quantities.Find(s.Text));
            // How many were launched is told where a launch happened, not where one is planned or feared ("could be
            // preparing ... the launch of another missile"): a hedge in the 60 characters before the count.
            if (launchy)
            {
                facts.AddRange(CountFinder.Find(s.Text).Where(f => f.At < 0
                    || !ExtractionPatterns.CountHedge().IsMatch(s.Text.AsSpan(Math.Max(0, f.At - 60), Math.Min(f.At, 60)))));
            }

            if (launchy || ExtractionPatterns.ContinuationSubject().IsMatch(s.Text) || ExtractionPatterns.LaunchOrTest().IsMatch(s.Text))
            {
                facts.AddRange(TimeFinder.Find(s.Text, _clockDay).Where(f => TimeOfLaunch(s.Text, f.At)));
            }

            // What was launched is told where the launch is, or of "the missile" itself: ICBM talk in analysis is background.
            // A state agency's own text speaks of nothing but its launch. What a feared or planned launch would be ("might
            // mark the day by conducting an ICBM test") is no class of this one.
            var hypothetical = launchy && s.Index != primary && LaunchLanguage.HedgedBeforeVerb(s.Text);
            var describes = launchy || (stateAgency && ExtractionPatterns.Projectile().IsMatch(s.Text)) || ExtractionPatterns.PrimaryReferent().IsMatch(s.Text)
                || Prefiltered.DescribesLaunchedThing.IsMatch(s.Text) || ExtractionPatterns.OwnedLaunchOf().IsMatch(s.Text)
                || ExtractionPatterns.PayloadCarried().IsMatch(s.Text);
            // "It has shown off two versions of a ballistic missile": what a parade or an exhibition shows was not launched.
            if (describes && !hypothetical && (s.Index == primary || !ExtractionPatterns.DisplayedNotLaunched().IsMatch(s.Text))) facts.AddRange(_parts.Classes.Find(s.Text));
            if (launchy || PlacesLaunch(s))
            {
                foreach (var site in Sites(s)) facts.Add(new Fact(Vocabulary.Fields.Site, ClaimValue.Of(site.Surface), At: site.At));
            }

            if (ExtractionPatterns.Eez().Match(s.Text) is { Success: true } eez)
            {
                // "did not land in Japan's EEZ" is outside it.
                var inside = !eez.Groups[1].Value.Equals("outside", StringComparison.OrdinalIgnoreCase)
                    && !ExtractionPatterns.NegatedBeforeEez().IsMatch(s.Text.AsSpan(Math.Max(0, eez.Index - 40), Math.Min(eez.Index, 40)));
                facts.Add(new Fact(Vocabulary.Fields.Eez, ClaimValue.Of(inside ? Vocabulary.Eez.Inside : Vocabulary.Eez.Outside), At: eez.Index));
            }

            // "similar to one fired in March that flew 600 km": what follows such a clause is the other launch's.
            var other = ExtractionPatterns.OtherLaunchClause().Match(s.Text);
            if (other.Success) facts.RemoveAll(f => f.At > other.Index);

            // "The launch came two weeks after a ballistic missile test ...", "Monday's launch followed two tests of
            // medium-range missiles": what follows the marker is the earlier launch's.
            if (OtherLaunchMarker.Strong(s.Text) is var after and > 0) facts.RemoveAll(f => f.At > after);
            if (ExtractionPatterns.OtherSideClause().Match(s.Text) is { Success: true } side && side.Index > 0) facts.RemoveAll(f => f.At > side.Index);

            if (facts.Count == 0) continue;

            // Who else speaks is only asked of sentences with facts: the party lexicon is the costliest pattern here.
            var speakers = a.Explicit ? SourceAttributor.Speakers(s.Text) : [];
            var fronted = a.Explicit ? Math.Max(FrontedClause.End(s.Text, a.Speaker), FrontedClause.AsideStart(s.Text, a.Speaker)) : -1;
            foreach (var f in facts.Distinct())
            {
                // A sentence quoting two parties ("Japan said two, but South Korea acknowledged one"): the one whose clause holds it.
                var who = speakers.Count > 1 && f.At >= 0 ? SpeakerOf(s.Text, speakers, f.At) : a;
                if (f.At >= 0 && f.At < fronted) who = new Attribution.Attribution(defaultSource, null, false);
                if (!seen.Add((s.Start, f.Field, f.Value, f.Qualifier))) continue;
                claims.Add(new Claim(f.Field, f.Value, f.Qualifier, who.Source, who.Speaker, s.Text, s.Start, s.End));
            }
        }

        return claims;
    }

    /// <summary>
    /// Of two or more parties quoted in one sentence, who says the fact at <paramref name="at"/>: the last one named
    /// before it in the same clause ("South Korea said it flew 800 km, while KCNA reported 1,000 km"); else the nearest.
    /// </summary>
    private static Attribution.Attribution SpeakerOf(string sentence, IReadOnlyList<(Attribution.Attribution Attribution, int At)> speakers, int at)
    {
        var before = speakers.Where(sp => sp.At <= at).OrderByDescending(sp => sp.At).FirstOrDefault();
        if (before.Attribution is not null && !ExtractionPatterns.SpeakerClauseBreak().IsMatch(sentence.AsSpan(before.At, at - before.At))) return before.Attribution;
        return speakers.MinBy(sp => Math.Abs(sp.At - at)).Attribution;
    }

    private ResolvedDate ResolveDate(IReadOnlyList<Sentence> sentences, Match dateline, bool stateAgency, IReadOnlyList<Sentence> launchSentences, IReadOnlyList<Sentence> storySentences, string text)
    {
        DateOnly? datelineDay = null;
        if (dateline.Success && _doc.Metadata.Published is { } pub)
        {
            var dm = DateFinder.FindDates(dateline.Groups[2].Value);
            if (dm.Count > 0) datelineDay = dm[0].Resolve(pub);
        }

        // Found when the resolver first reads them (only for a report without a publication day): a whole-text scan.
        var officeholders = new LazyList<OfficeholderMention>(() => _parts.Officeholders.FindAll(text)
            .Where(m => !FormerBefore(text, m.Start) && !OfficeholderNamesake.Is(text, m.Start, m.Start + m.Length))
            .ToList());
        var evidence = new DateEvidence(
            _doc.Metadata.Published, datelineDay, stateAgency,
            launchSentences.Select(s => WithoutDateline(s, dateline)).ToList(),
            [text, .. _doc.Captions ?? []],
            officeholders,
            [.. storySentences.Select(s => WithoutDateline(s, dateline)), .. _doc.Captions ?? []],
            [.. launchSentences.Concat(storySentences).Select(s => s.Index > 0 && s.Index - 1 < sentences.Count ? WithoutDateline(sentences[s.Index - 1], dateline) : string.Empty)]);
        return _parts.Dates.Resolve(evidence);
    }

    /// <summary>
    /// "On March 16, the North fired a Hwasong-17 ...": a sentence dated more than <paramref name="days"/> before
    /// publication is about an earlier launch, unless it names the story's launch before that date.
    /// </summary>
    private bool DatedLongBefore(Sentence s, Match dateline, int days)
    {
        if (_doc.Metadata.Published is not { } pub) return false;
        var text = WithoutDateline(s, dateline);
        var old = DateFinder.FindDates(text).FirstOrDefault(d => d.Resolve(pub) is { } day && day < pub.AddDays(-days));
        if (old is null) return false;

        // "launched an ICBM on Thursday, its first since March 24, when it fired ...": the sentence tells its own launch,
        // on its own day, before turning to the earlier one.
        if (LaunchDayBefore(text, old.Start)) return false;

        // "... since Oct. 22, when it fired ... from X": the clause after the old date tells of that earlier launch.
        if (ExtractionPatterns.WhenClause().IsMatch(text.AsSpan(Math.Min(text.Length, old.Start + old.Length)))) return true;
        return ExtractionPatterns.PrimaryReferent().Match(text) is not { Success: true } r || r.Index > old.Start;
    }

    /// <summary>A weekday before <paramref name="end"/> that the words tie to a launch ("fired ... on Thursday, its first since ...").</summary>
    private static bool LaunchDayBefore(string text, int end)
    {
        foreach (Match m in ExtractionPatterns.Weekday().Matches(text[..end]))
        {
            if (DayMentionClassifier.Classify(text, m.Index, m.Index + m.Length) == DayRole.Launch) return true;
        }

        return false;
    }

    /// <summary>
    /// "On May 14, North Korea fired a KN-17 ...": once the launch is dated to a day or two, a sentence whose every written
    /// date falls on another day tells of another launch (also without a publication date), unless it names the story's
    /// launch before that date.
    /// </summary>
    private static bool DatedToAnotherDay(Sentence s, Match dateline, DateBounds launch)
    {
        if (launch.Earliest is not { } from || launch.Latest is not { } to || to.DayNumber - from.DayNumber > 2) return false;
        var text = WithoutDateline(s, dateline);
        var dates = DateFinder.FindDates(text);
        if (dates.Count == 0) return false;
        if (!dates.All(d => d.Resolve(to) is { } day && (day < from.AddDays(-1) || day > to.AddDays(1)))) return false;
        return ExtractionPatterns.PrimaryReferent().Match(text) is not { Success: true } r || r.Index > dates[0].Start;
    }

    /// <summary>A wire dateline ("SEOUL, Jan. 3 (Yonhap) --") dates the report, not the launch: blank it out of the sentence.</summary>
    /// <summary>
    /// "former", "ex-", "late" or "then-" (and only whitespace) right before <paramref name="at"/>. The pattern is
    /// anchored at the end, so it is asked of the few characters that can hold a match (the whitespace run and the
    /// longest word, plus one for its word boundary), not of the whole text before every mention.
    /// </summary>
    private static bool FormerBefore(string text, int at)
    {
        var word = at;
        while (word > 0 && char.IsWhiteSpace(text[word - 1])) word--;
        var from = Math.Max(0, word - "former".Length - 1);
        return ExtractionPatterns.FormerBefore().IsMatch(text.AsSpan(from, at - from));
    }

    private static string WithoutDateline(Sentence s, Match dateline)
    {
        if (!dateline.Success || dateline.Index >= s.End || dateline.Index + dateline.Length <= s.Start) return s.Text;
        var from = Math.Max(0, dateline.Index - s.Start);
        var to = Math.Min(s.Text.Length, dateline.Index + dateline.Length - s.Start);
        return s.Text[..from] + new string(' ', to - from) + s.Text[to..];
    }

    /// <summary>
    /// A time told of the launch outside the launch sentences ("The rocket blasted off ... shortly before 10 a.m."): the
    /// first claimed time whose nearest telling word is a launch word, not an overflight, a landing or an announcement.
    /// </summary>
    private string? LaunchTime(IReadOnlyList<Sentence> factSentences, List<Claim> claims)
    {
        // The claimed times by sentence, looked up once (a scan of the claims for each sentence was quadratic).
        var times = claims.Where(c => c.Field == Vocabulary.Fields.TimeLocal).ToLookup(c => c.Start, c => c.Value.Text);
        foreach (var s in factSentences)
        {
            var claimed = times[s.Start].ToList();
            if (claimed.Count == 0) continue;
            foreach (var f in TimeFinder.Find(s.Text, _clockDay))
            {
                var clock = ExtractionPatterns.ClockTime().Match(s.Text, f.At);

                // "at 2234 GMT" (a wire's clock without a colon, moved to the site) is the fact's own clock.
                if (!clock.Success || clock.Index != f.At) clock = ExtractionPatterns.GmtFourDigitClock().Match(s.Text, f.At);
                if (clock.Success && claimed.Contains(f.Value.Text)
                    && (DayMentionClassifier.Classify(s.Text, clock.Index, clock.Index + clock.Length, thingsTell: false) == DayRole.Launch
                        || TimeFinder.PlacedAgainstLaunch(s.Text, clock.Index + clock.Length))) return f.Value.Text;
            }
        }

        return null;
    }

    private LaunchEvent Event(Sentence primary, string actor, IReadOnlyList<Sentence> own, IReadOnlyList<Sentence> launchSentences, IReadOnlyList<Sentence> dateSentences, IReadOnlyList<Sentence> factSentences, List<Claim> claims, ResolvedDate date)
    {
        var launchClaims = claims.Where(c => launchSentences.Any(s => s.Start == c.Start)).ToList();
        // Claims whose sentence assumes rather than observes are left out of the figures (asked once per sentence).
        var assumed = claims.GroupBy(c => c.Start).Where(g => ExtractionPatterns.Assumption().IsMatch(g.First().Quote)).Select(g => g.Key).ToHashSet();
        var observed = claims.Where(c => !assumed.Contains(c.Start)).ToList();
        double? Number(string field) => Consolidation.Pick(observed, field)?.Value.Number;

        var time = Consolidation.Pick(launchClaims, Vocabulary.Fields.TimeLocal)?.Value.Text
            ?? LaunchTime(dateSentences.Concat(factSentences).ToList(), claims);
        var part = dateSentences.Concat(factSentences).Select(s => TimeFinder.PartOfDayWord(s.Text)).FirstOrDefault(p => p is not null)
            ?? (time is not null ? TimeFinder.PartOfDayOf(time) : null);
        // Site and missile only from the story's own sentences (<paramref name="own"/>: not another party's launch).
        var ownIndex = own.Select(s => s.Index).ToHashSet();
        bool Own(Sentence s) => ownIndex.Contains(s.Index);
        var siteMentions = launchSentences.Concat(factSentences.Where(s => TellsOfLaunch(s) || PlacesLaunch(s))).Where(Own)
            .SelectMany(Sites).ToList();
        var site = siteMentions.OrderByDescending(m => m.Specificity).FirstOrDefault()?.Site;
        var missile = factSentences.Where(Own).SelectMany(s => _parts.Catalogue.FindAll(s.Text)).FirstOrDefault()?.Missile;
        var eez = Consolidation.Pick(claims, Vocabulary.Fields.Eez)?.Value.Text;
        var rangeClass = FirstValue(primary, launchClaims, claims, Vocabulary.Fields.RangeClass);
        var area = launchSentences.Select(s => ExtractionPatterns.SeaArea().Match(s.Text)).FirstOrDefault(m => m.Success)?.Value;

        // A satellite carrier has no missile range class: ICBM talk in such a story is background.
        var category = Category(primary, launchClaims, claims, rangeClass, missile);
        if (category == Vocabulary.Categories.SpaceLaunch) rangeClass = null;

        return new LaunchEvent
        {
            Role = Vocabulary.Roles.Primary,
            Actor = actor,
            Date = date.Bounds,
            Weekday = date.Weekday,
            PartOfDay = part,
            TimeLocal = time,
            Count = Consolidation.Pick(launchClaims, Vocabulary.Fields.Count)?.Value.Count ?? Consolidation.Pick(claims, Vocabulary.Fields.Count)?.Value.Count
                ?? ImpliedCount(primary, dateSentences),
            Category = category,
            RangeClass = rangeClass,
            Basing = claims.Any(c => c.Field == Vocabulary.Fields.Basing) ? FirstValue(primary, launchClaims, claims, Vocabulary.Fields.Basing) : missile?.Basing,
            MissileName = missile?.Name,
            Site = site,
            Direction = Apogee.Extraction.Sites.DirectionFinder.Find(launchSentences.Where(Own).Select(s => s.Text)),
            Impact = area is null && eez is null ? null : new Impact(area, eez),
            RangeKm = Number(Vocabulary.Fields.RangeKm),
            ApogeeKm = Number(Vocabulary.Fields.ApogeeKm),
            SpeedMach = Number(Vocabulary.Fields.SpeedMach),
            FlightTimeMin = Number(Vocabulary.Fields.FlightTimeMin),
            Claims = claims,
        };
    }

    /// <summary>
    /// The category the primary sentence states; else the one the launch sentences state most often (ties: a satellite
    /// carrier or rocket artillery over cruise over hypersonic over ballistic); else the one the other sentences about the
    /// launched thing state ("Japan's defense ministry said the missile was a ballistic missile"); else the missile's; a
    /// ballistic range class or "SLBM" makes an unstated category ballistic.
    /// </summary>
    private static string Category(Sentence primary, List<Claim> launchClaims, List<Claim> claims, string? rangeClass, MissileType? missile)
    {
        string[] order = [Vocabulary.Categories.SpaceLaunch, Vocabulary.Categories.RocketArtillery, Vocabulary.Categories.Cruise, Vocabulary.Categories.Hypersonic, Vocabulary.Categories.Ballistic];
        foreach (var pool in new[] { launchClaims.Where(c => c.Start == primary.Start).ToList(), launchClaims, claims })
        {
            var said = pool.Where(c => c.Field == Vocabulary.Fields.Category).ToList();
            if (said.Count == 0) continue;
            var counts = said.GroupBy(c => c.Value.Text!).ToDictionary(g => g.Key, g => g.Select(c => c.Start).Distinct().Count());
            return order.Where(counts.ContainsKey).OrderByDescending(c => counts[c]).ThenBy(c => said.FindIndex(x => x.Value.Text == c)).First();
        }

        if (missile is not null) return missile.Category;

        // "An SLBM was fired": the acronym spells out "ballistic missile", as a ballistic range class does (no claim of its
        // own: the sources tell the basing).
        var slbm = claims.Any(c => c.Field == Vocabulary.Fields.Basing && c.Value.Text == Vocabulary.Basings.Submarine && c.Quote.Contains("SLBM", StringComparison.Ordinal));
        return rangeClass is not null || slbm ? Vocabulary.Categories.Ballistic : Vocabulary.Categories.Unknown;
    }

    /// <summary>No count written: what the primary sentence launched decides, else the other launch sentences (<see cref="CountFinder.Implied"/>).</summary>
    private static CountRange ImpliedCount(Sentence primary, IReadOnlyList<Sentence> launchSentences) =>
        CountFinder.Implied(primary.Text, launchSentences.Where(s => s.Index != primary.Index).Select(s => s.Text));

    private static string? FirstValue(Sentence primary, List<Claim> launchClaims, List<Claim> claims, string field) =>
        (claims.FirstOrDefault(c => c.Start == primary.Start && c.Field == field)
            ?? launchClaims.FirstOrDefault(c => c.Field == field)
            ?? claims.FirstOrDefault(c => c.Field == field))?.Value.Text;

    /// <summary>
    /// Whether a clock time dates the launch: not a conversion in brackets after another time ("23:41 (15:41 GMT)"), and
    /// the last event word before it (in 80 characters) is a launch, not a later moment of the flight or a statement
    /// ("landing around 6:12 a.m.", "passed over Okinawa at 9:41 a.m.").
    /// </summary>
    private static bool TimeOfLaunch(string sentence, int at)
    {
        if (at < 0) return true;
        var before = sentence.AsSpan(Math.Max(0, at - 80), Math.Min(at, 80)).ToString();
        if (ExtractionPatterns.ConversionBracketBefore().IsMatch(before)) return false;

        // "State media said Kim arrived at 7:30 a.m., 30 minutes ahead of the launch": placed against the launch, whoever speaks.
        if (ExtractionPatterns.ClockTime().Match(sentence, at) is { Success: true } clock && clock.Index == at && TimeFinder.PlacedAgainstLaunch(sentence, at + clock.Length)) return true;

        // "gave a final order regarding the launch of the satellite ... at 8 a.m.": the order's clock.
        if (ExtractionPatterns.OrderOfTheLaunchBefore().IsMatch(sentence.AsSpan(Math.Max(0, at - 240), Math.Min(at, 240)))) return false;
        var last = ExtractionPatterns.TimeEventWord().Matches(before).LastOrDefault();
        return last is null || last.Groups["launch"].Success;
    }

    private bool TellsOfLaunch(Sentence s)
    {
        if (!_tellsOfLaunch.TryGetValue(s.Index, out var tells)) _tellsOfLaunch[s.Index] = tells = LaunchLanguage.TellsOfLaunch(s.Text) || s.Index == _primaryIndex;
        return tells;
    }

    /// <summary>"The test took place near X", "The launch occurred off Y": a sentence that places the launch without a launch verb.</summary>
    private static bool PlacesLaunch(Sentence s) => ExtractionPatterns.LaunchPlaceSentence().IsMatch(s.Text);

    private IReadOnlyList<SiteMention> Sites(Sentence s)
    {
        if (!_sites.TryGetValue(s.Index, out var found)) _sites[s.Index] = found = _parts.Sites.Find(s.Text);
        return found;
    }

    private T Guard<T>(string stage, Func<T> run, T fallback)
    {
        // The document's time budget is checked before every stage; running out is no stage's failure, so it goes up.
        _cancel.ThrowIfCancellationRequested();
        try
        {
            return run();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _problems.Add(ExtractionErrors.StageFailed(_doc.Name, stage, ex));
            return fallback;
        }
    }
}
