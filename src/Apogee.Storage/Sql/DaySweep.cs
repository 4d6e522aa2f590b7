using Apogee.Core.Model;
using Apogee.Resolution;

namespace Apogee.Storage.Sql;

/// <summary>
/// Re-places new reports where their part of the store is too large to re-cluster whole (a dense stretch of days:
/// docs/RESOLUTION.md "Dense days"), by going on with the canonical placement itself. <see cref="Reclusterer.Cluster"/>
/// places precise primary reports day by day; a report placed on day L changes nothing before L in that order. So
/// the store's groups as they stood before L (the reports of day &lt; L in each stored event) are the canonical run's
/// state at L; from there the reports of L, L+1, ... are placed again (<see cref="CanonicalPlacement"/>) until the
/// groups still open to later days are again exactly the stored ones: from then on the run is the one that made the
/// store, and every later report stays where it is. Only precise primary reports (tier 0) are re-placed this way;
/// a stretch holding any other report is left as placed.
/// </summary>
/// <remarks>
/// Placing again is cheap because most groups are the stored ones: a group is <em>clean</em> while it holds exactly
/// the reports its stored event held so far in canonical order. A stored report that fits no other (dirty) group
/// joins its clean event's group without comparing: that is where the stored run put it, against the same groups.
/// </remarks>
internal sealed class DaySweep(ReclusterPass pass, Func<IReadOnlyCollection<Reclustering.Row>, LaunchEvent> profileOf)
{
    /// <summary>How many days one stretch may run before it is left as placed (a new day in a chain of one-day pairs re-pairs the rest of the chain).</summary>
    public const int MaxDays = 366;

    /// <summary>How far around a day the events whose reports may lie on it are fetched (a precise interval is a week at most).</summary>
    private const int Margin = EventMatcher.PreciseDays + 2;

    /// <summary>How many days beyond the margin each fetch reads ahead.</summary>
    private const int Step = 7;

    private sealed class Report(Reclustering.Row row, ClusterMember member)
    {
        public Reclustering.Row Row { get; } = row;

        public ClusterMember Member { get; } = member;

        public int Tier { get; } = Reclusterer.Tier(row.Report);

        public DateOnly Day { get; } = Reclusterer.Day(row.Report);

        /// <summary>The last day a report could meet: the group it is in is open to reports up to a day later.</summary>
        public DateOnly ReachHi { get; } = EventMatcher.Reach(row.Report.Event).Latest ?? DateOnly.MaxValue;
    }

    private readonly Dictionary<string, LaunchEvent> _stored = new(StringComparer.Ordinal);

    /// <summary>
    /// The pending reports (this transaction's, not yet re-placed: id, day, actor) re-placed stretch by stretch, each
    /// stretch applied to the store before the next is read. Returns the events written and deleted; the pending
    /// reports of a stretch that could not be re-placed stay as placed (their ids: <c>Left</c>).
    /// </summary>
    public (List<long> Changed, List<long> Deleted, List<long> Left) Run(Dictionary<long, (DateOnly Day, string Actor)> pending, long rev, IReadOnlyCollection<long> touched)
    {
        var changed = new List<long>();
        var deleted = new List<long>();
        var left = new List<long>();
        while (pending.Count > 0)
        {
            var (_, (day, actor)) = pending.MinBy(p => (p.Value.Day, p.Key));
            if (Stretch(day, actor, pending, rev, touched) is { } done)
            {
                changed.AddRange(done.Changed);
                deleted.AddRange(done.Deleted);
                continue;
            }

            // Left as placed: this report, and the others of the days the stretch could not close.
            foreach (var k in pending.Where(p => p.Value.Day.DayNumber - day.DayNumber <= MaxDays).Select(p => p.Key).ToList())
            {
                pending.Remove(k);
                left.Add(k);
            }

        }

        return (changed, deleted, left);
    }

    private LaunchEvent Profile(IEnumerable<Reclustering.Row> rows)
    {
        var list = rows as IReadOnlyCollection<Reclustering.Row> ?? [.. rows];
        return _stored.TryGetValue(ProfileMemo.Key(list.Select(r => r.Id)), out var e) ? e : profileOf(list);
    }

    /// <summary>Unpacks an event's reports; false when it holds a report the sweep does not re-place.</summary>
    private bool Unpack(long id, CachedEvent entry, Dictionary<long, List<Report>> events, Dictionary<long, Report> byId)
    {
        var list = new List<Report>();
        foreach (var x in entry.Reports!)
        {
            var report = PackedReport.Unpack(x.Packed);
            var row = new Reclustering.Row(x.Id, id, x.ContentHash, null, report);
            var r = new Report(row, new ClusterMember($"{x.ContentHash}/{report.Role}/", () => StoreJson.Write(report.Event), x.ContentHash, report));
            if (r.Tier != 0) return false;
            list.Add(r);
            byId[x.Id] = r;
        }

        events[id] = list;
        // A stored event's consolidated state is that of its reports: a clean group that has all of them needs no consolidation.
        _stored[ProfileMemo.Key(list.Select(r => r.Row.Id))] = entry.Event;
        return true;
    }

    /// <summary>One stretch from day <paramref name="start"/>; null when it cannot be re-placed (left as placed).</summary>
    private (IReadOnlyList<long> Changed, IReadOnlyList<long> Deleted)? Stretch(
        DateOnly start, string actor, Dictionary<long, (DateOnly Day, string Actor)> pending, long rev, IReadOnlyCollection<long> touched)
    {
        var events = new Dictionary<long, List<Report>>();
        var byId = new Dictionary<long, Report>();
        var found = new Dictionary<long, CachedEvent>();
        DateOnly? loadedHi = null;

        // An event matters from the first day one of its reports is on, if that report is still open at the start (its
        // shapes say so without unpacking it: CachedEvent.Hull).
        bool Matters(CachedEvent e, DateOnly through) => e.Hull!.Shapes.Any(x => x.Lo <= through && x.Hi.DayNumber >= start.DayNumber - 1);

        // Every event that may hold a report of these days is fetched a margin ahead (an event's date lies within a
        // week of its precise reports'); none fetched later may matter already, none may hold a report of another
        // kind; and no loose report anywhere may meet these days (it would have to be re-placed against every event it fits).
        bool LoadThrough(DateOnly day)
        {
            if (loadedHi is not { } h || day.AddDays(Margin) > h)
            {
                // A week ahead at a time: a stretch runs a few days, and each fetch is a query.
                var hi = day.AddDays(Margin + Step);
                var probe = new LaunchEvent
                {
                    Role = Vocabulary.Roles.Reference,
                    Actor = actor,
                    Date = new DateBounds((loadedHi ?? start.AddDays(-Margin)).AddDays(loadedHi is null ? 0 : 1), hi, string.Empty),
                };
                var rows = pass.W.Candidates(probe).Where(r => !found.ContainsKey(r.Id)).ToList();
                foreach (var (id, entry) in pass.Entries(rows))
                {
                    if (loadedHi is not null && Matters(entry, day.AddDays(-1))) return false;
                    found[id] = entry;
                }

                if (pass.LooseMeets(actor, probe.Date.Earliest!.Value, hi)) return false;
                loadedHi = hi;
            }

            foreach (var (id, entry) in found)
            {
                if (!events.ContainsKey(id) && Matters(entry, day) && !Unpack(id, entry, events, byId)) return false;
            }

            return true;
        }

        if (!LoadThrough(start.AddDays(-1))) return null;
        // The stored run's state at the start: each event's reports before it, if still open to the start day.
        var members = new List<ClusterMember>();
        var index = new Dictionary<long, int>();
        var of = new List<Report>();
        int Member(Report r)
        {
            if (index.TryGetValue(r.Row.Id, out var i)) return i;
            index[r.Row.Id] = members.Count;
            members.Add(r.Member);
            of.Add(r);
            return members.Count - 1;
        }

        var placement = new CanonicalPlacement(members, g => Profile(g.Select(j => of[j].Row)));
        var clean = new List<long?>(); // per group: the stored event it still equals, or null (dirty)
        var seen = new Dictionary<long, int>(); // per stored event: how many of its stored reports are placed so far
        var groupOf = new Dictionary<long, int>(); // stored event -> its clean group
        bool Old(Report r) => !pending.ContainsKey(r.Row.Id);
        var order = Comparer<ClusterMember>.Create(Reclusterer.Precedes);
        var counted = new HashSet<long>();
        void Count()
        {
            // An event's stored reports before the start count as placed (in its seeded group, or closed and out of reach).
            foreach (var (e, list) in events)
            {
                if (counted.Add(e)) seen[e] = list.Count(r => Old(r) && r.Day < start);
            }
        }

        var before = events.Select(e => (e.Key, Pre: e.Value.Where(r => Old(r) && r.Day < start).ToList())).Where(e => e.Pre.Count > 0).ToList();
        Count();
        foreach (var (eventId, pre) in before.Where(e => Open(e.Pre, start)).OrderBy(e => e.Pre.Select(r => r.Member).Order(order).First(), order))
        {
            groupOf[eventId] = placement.Seed([.. pre.OrderBy(r => r.Member, order).Select(Member)]);
            clean.Add(eventId);
        }

        var placedPending = new List<Report>();
        for (var day = start; ; day = day.AddDays(1))
        {
            if (day.DayNumber - start.DayNumber > MaxDays) return null;
            if (!LoadThrough(day)) return null;
            Count();
            var today = byId.Values.Where(r => r.Day == day).ToList();
            if (today.Any(r => r.Tier != 0)) return null;
            today.Sort((a, b) => Reclusterer.Precedes(a.Member, b.Member));
            foreach (var r in today)
            {
                var i = Member(r);
                var old = Old(r) ? r.Row.EventId : (long?)null;
                if (old is { } e)
                {
                    seen[e] = seen.GetValueOrDefault(e) + 1;
                    // Where the stored run put it, when no group it could fit has changed (see the remarks).
                    if (!FitsDirty(i, r, placement, clean))
                    {
                        if (groupOf.TryGetValue(e, out var cg) && clean[cg] == e)
                        {
                            placement.Join(i, cg);
                            continue;
                        }

                        if (!groupOf.ContainsKey(e) && seen[e] == 1)
                        {
                            groupOf[e] = placement.Start(i);
                            clean.Add(e);
                            continue;
                        }
                    }
                }
                else
                {
                    placedPending.Add(r);
                }

                var count = placement.Groups.Count;
                var g = placement.Place(i);
                if (g < 0) return null;
                if (g >= count) clean.Add(null);
                if (old is { } e2 && g >= count && !groupOf.ContainsKey(e2) && seen[e2] == 1)
                {
                    groupOf[e2] = g; // started its stored event's group, as the stored run did
                    clean[g] = e2;
                    continue;
                }

                if (old is { } e3 && groupOf.TryGetValue(e3, out var own) && own == g && clean[g] == e3) continue;
                clean[g] = null;
                if (old is { } e4 && groupOf.TryGetValue(e4, out var was)) clean[was] = null;
            }

            // Converged once every group open to the next day is a stored event's reports so far, and every stored
            // event open to it has such a group; and no pending report of these days is left.
            var next = day.AddDays(1);
            if (pending.Any(p => p.Value.Day <= day && !index.ContainsKey(p.Key))) continue;
            if (!Converged(next, placement, clean, events, seen, groupOf, of, Old)) continue;
            var applied = Apply(next, placement, clean, events, of, rev, touched);
            if (applied is not null)
            {
                foreach (var p in placedPending) pending.Remove(p.Row.Id);
            }

            return applied;
        }
    }

    /// <summary>Whether member <paramref name="i"/> fits a group that changed (one its hull does not admit cannot: no consolidation needed).</summary>
    private static bool FitsDirty(int i, Report r, CanonicalPlacement placement, List<long?> clean)
    {
        for (var g = 0; g < clean.Count; g++)
        {
            if (clean[g] is null && placement.MayFit(i, g) && EventMatcher.Assess(r.Row.Report.Event, placement.Profile(g)) is not null) return true;
        }

        return false;
    }

    private static bool Open(IEnumerable<Report> reports, DateOnly day) => reports.Any(r => r.ReachHi >= day.AddDays(-1));

    private static bool Converged(
        DateOnly next, CanonicalPlacement placement, List<long?> clean, Dictionary<long, List<Report>> events,
        Dictionary<long, int> seen, Dictionary<long, int> groupOf, List<Report> of, Func<Report, bool> old)
    {
        for (var g = 0; g < placement.Groups.Count; g++)
        {
            if (clean[g] is null && Open(placement.Groups[g].Select(j => of[j]), next)) return false;
        }

        foreach (var (e, count) in seen)
        {
            var so = events[e].Where(r => old(r) && r.Day < next).ToList();
            if (so.Count == 0 || !Open(so, next)) continue;
            if (!groupOf.TryGetValue(e, out var g) || clean[g] != e || placement.Groups[g].Count != count) return false;
        }

        return true;
    }

    /// <summary>Writes the stretch: every group that changed, and the stored events they took reports from or gave reports to.</summary>
    private (IReadOnlyList<long> Changed, IReadOnlyList<long> Deleted)? Apply(
        DateOnly next, CanonicalPlacement placement, List<long?> clean, Dictionary<long, List<Report>> events, List<Report> of, long rev, IReadOnlyCollection<long> touched)
    {
        var affected = new HashSet<long>();
        for (var g = 0; g < placement.Groups.Count; g++)
        {
            if (clean[g] is not null) continue;
            foreach (var j in placement.Groups[g]) affected.Add(of[j].Row.EventId);
        }

        if (affected.Count == 0) return ([], []);
        var rows = affected.SelectMany(e => events[e]).OrderBy(r => r.Row.Id).ToList();
        var at = rows.Select((r, i) => (r.Row.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var groups = new List<IReadOnlyList<int>>();
        var covered = new HashSet<long>();
        for (var g = 0; g < placement.Groups.Count; g++)
        {
            var final = placement.Groups[g].Select(j => of[j]).ToList();
            if (clean[g] is { } e)
            {
                if (!affected.Contains(e)) continue;
                final.AddRange(events[e].Where(r => r.Day >= next));
            }

            if (!final.Any(r => affected.Contains(r.Row.EventId))) continue;
            if (final.Any(r => !at.ContainsKey(r.Row.Id))) return null;
            groups.Add([.. final.Select(r => at[r.Row.Id]).Order()]);
            covered.UnionWith(final.Select(r => r.Row.Id));
        }

        if (covered.Count != rows.Count) return null;

        // Nothing moved (every group is one stored event's reports, all of them): the store is already the canonical
        // grouping, and the writer's own rows for the touched events stand, as for a part left as placed.
        if (groups.All(g => rows[g[0]].Row.EventId is var e && g.All(j => rows[j].Row.EventId == e) && g.Count == events[e].Count)) return ([], []);
        var members = rows.Select(r => r.Member).ToList();
        var profiles = groups.Select(g => Profile(g.Select(j => rows[j].Row))).ToList();
        return Reclustering.Apply(pass.W, pass.Stage, [.. rows.Select(r => r.Row)], members, new Reclusterer.Result(groups, [], profiles), rev, touched);
    }
}
