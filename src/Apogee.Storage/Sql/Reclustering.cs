using Apogee.Core.Model;
using Apogee.Core.Storage;
using Apogee.Resolution;
using Dapper;

namespace Apogee.Storage.Sql;

/// <summary>
/// After a write transaction's documents are placed, re-clusters the events they touched together with the events
/// near them (<see cref="Reclusterer"/>: a function of the reports, not of their arrival order), inside the same
/// transaction, and moves reports between events where the canonical grouping differs. Ids stay stable: each group
/// keeps the id of the event most of its reports were in (ties: the lowest id); an event left without reports is
/// deleted; a group with no such event gets a new id.
/// </summary>
internal sealed class Reclustering(ISqlDialect dialect)
{
    /// <summary>
    /// The most events one pass re-clusters: a neighbourhood is a few days of one actor's launches; a larger one (an
    /// undated event meets every event of its actor) is left as the incremental matcher placed it.
    /// </summary>
    public const int MaxEvents = 400;

    /// <summary>How many nearby events (dates within a day) an event names as kept apart, with the rule that separates them.</summary>
    public const int MaxApart = 5;

    /// <summary>A report of the pass: its row, event and document, its report JSON when it was read back (else null), and the report.</summary>
    private sealed record Row(long Id, long EventId, string ContentHash, string? ReportJson, ReportedEvent Report);

    /// <summary>The events changed (re-consolidated or created) and deleted by the pass.</summary>
    /// <remarks>
    /// The events' consolidated states come through <paramref name="known"/> (the writer's cache, read back when
    /// missing). A touched event none of whose candidates could be the same launch, and whose own reports all match one
    /// another, is alone in its neighbourhood: the incremental placement already is the canonical one there, and nothing
    /// is read or rewritten (the common case, and what keeps the pass cheap: docs/RESOLUTION.md "Cost").
    /// </remarks>
    public (IReadOnlyList<long> Changed, IReadOnlyList<long> Deleted) Run(
        WriteCommands w, CacheStage stage, IReadOnlyCollection<long> touched, long rev, Func<IReadOnlyList<(long Id, long Rev)>, IReadOnlyDictionary<long, LaunchEvent>> known,
        Func<long, long, bool> mayHoldTwoLaunches)
    {
        if (touched.Count == 0) return ([], []);
        var c = w.Connection;
        var tx = w.Transaction;
        var at = new Dictionary<long, long>();
        IReadOnlyDictionary<long, LaunchEvent> Known(IReadOnlyList<(long Id, long Rev)> rows)
        {
            foreach (var (id, r) in rows) at[id] = r;
            return known(rows);
        }

        var revs = c.Query<(long Id, long Rev)>($"SELECT id, updated_rev FROM events WHERE {dialect.InList("id", "ids")}", new { ids = touched.ToArray() }, tx).ToList();
        var events = Known(revs);
        var near = new SortedSet<long>(events.Keys);
        var neighbours = false;
        foreach (var (id, ev) in events.OrderBy(e => e.Key))
        {
            var rows = w.Candidates(ev).Where(r => r.Id != id).ToList();
            if (near.Count + rows.Count > MaxEvents) return ([], []);
            foreach (var (other, profile) in Known(rows))
            {
                if (!MayShareReports(ev, profile)) continue;
                near.Add(other);
                neighbours = true;
            }
        }

        if (!WithEveryFitOfLooseReports(w, near, events, Known, ref neighbours)) return ([], []);

        // Alone, an event is as placed unless its own reports may not all be one launch: reports that chain (09:18 meets
        // 09:56, which meets 11:27) were joined one by one against a consolidated value that depends on which came first.
        if (!neighbours && !revs.Any(r => mayHoldTwoLaunches(r.Id, r.Rev))) return ([], []);
        var reports = Reports(w, stage, near, at);
        var members = reports.Select(r => new ClusterMember(
            $"{r.ContentHash}/{r.Report.Role}/",
            r.ReportJson is { } json ? () => json : () => StoreJson.Write(r.Report.Event),
            r.ContentHash,
            r.Report)).ToList();
        // A group's event depends on its set of reports alone: remembered by report ids across passes (ProfileMemo).
        LaunchEvent Profile(IReadOnlyList<int> group)
        {
            var key = ProfileMemo.Key(group.Select(j => reports[j].Id));
            if (stage.Profile(key) is { } known) return known;
            var made = Consolidator.Consolidate([.. group.Select(j => members[j].Report)]).Event;
            stage.SetProfile(key, made);
            return made;
        }

        var result = Reclusterer.Cluster(members, Profile);
        return Apply(w, stage, reports, members, result, rev, touched);
    }

    /// <summary>
    /// Every report of these events in report-id order: an event cached at its current revision gives its reports from
    /// memory (as stored: the cache holds them packed exactly, <see cref="PackedReport"/>; their JSON, written again only
    /// where a key needs it, is the stored text, since the contract's JSON reads and writes back unchanged); the others are read back.
    /// </summary>
    private List<Row> Reports(WriteCommands w, CacheStage stage, IReadOnlyCollection<long> ids, Dictionary<long, long> at)
    {
        var c = w.Connection;
        var tx = w.Transaction;
        var missing = ids.Where(id => !at.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            foreach (var (id, r) in c.Query<(long Id, long Rev)>($"SELECT id, updated_rev FROM events WHERE {dialect.InList("id", "ids")}", new { ids = missing }, tx)) at[id] = r;
        }

        var reports = new List<Row>();
        var read = new List<long>();
        foreach (var id in ids)
        {
            if (at.TryGetValue(id, out var r) && stage.Get(id, r) is { Reports: { } cached })
            {
                foreach (var x in cached) reports.Add(new Row(x.Id, id, x.ContentHash, null, PackedReport.Unpack(x.Packed)));
            }
            else
            {
                read.Add(id);
            }
        }

        foreach (var chunk in read.Chunk(256))
        {
            var rows = c.Query<(long Id, long EventId, long DocumentId, string Role, string ReportJson, string ContentHash)>(
                $"""
                SELECT r.id, r.event_id, r.document_id, r.role, r.report_json, d.content_hash
                FROM event_reports r JOIN documents d ON d.id = r.document_id WHERE {dialect.InList("r.event_id", "chunk")}
                """,
                new { chunk }, tx).ToList();
            var claims = new Dictionary<long, List<IdentifiedClaim>>();
            foreach (var x in c.Query<(long Id, long ReportId, string Field, string ValueJson, string Qualifier, string Source)>(
                $"SELECT id, report_id, field, value_json, qualifier, source FROM claims WHERE report_id IS NOT NULL AND {dialect.InList("event_id", "chunk")} ORDER BY id",
                new { chunk }, tx))
            {
                if (!claims.TryGetValue(x.ReportId, out var list)) claims[x.ReportId] = list = [];
                list.Add(new IdentifiedClaim(x.Id, PackedReport.Lean(x.Field, StoreJson.Read<ClaimValue>(x.ValueJson), x.Qualifier, x.Source)));
            }

            reports.AddRange(rows.Select(r => new Row(
                r.Id, r.EventId, r.ContentHash, r.ReportJson,
                new ReportedEvent(r.DocumentId, r.Role, StoreJson.Read<LaunchEvent>(r.ReportJson), claims.TryGetValue(r.Id, out var l) ? l : []))));
        }

        reports.Sort((a, b) => a.Id.CompareTo(b.Id));
        return reports;
    }

    /// <summary>
    /// Adds to the pass every event a loose report in it may fit, and every event holding a loose report that may fit
    /// an event of the pass, until nothing more is added: whether a loose report joins depends on how many events it
    /// fits (<see cref="EventMatcher.BestMatch"/>), so the pass must hold all of them, or a launch that arrived later
    /// months away inside its window would leave it where it joined (<see cref="LooseReports"/>). An event holding loose
    /// reports shows their facts as well as its launch reports', so it is taken in without comparing. False when that is
    /// more than <see cref="MaxEvents"/>.
    /// </summary>
    private bool WithEveryFitOfLooseReports(
        WriteCommands w, SortedSet<long> near, IReadOnlyDictionary<long, LaunchEvent> touched,
        Func<IReadOnlyList<(long Id, long Rev)>, IReadOnlyDictionary<long, LaunchEvent>> known, ref bool neighbours)
    {
        var c = w.Connection;
        var tx = w.Transaction;
        var profiles = new Dictionary<long, LaunchEvent>(touched);
        var seen = new HashSet<long>();
        var frontier = near.ToList();
        while (frontier.Count > 0)
        {
            var added = new List<long>();
            void Add(long id)
            {
                if (near.Add(id)) added.Add(id);
            }

            var held = LooseReports.In(c, tx, dialect, frontier);
            foreach (var loose in held.Where(r => seen.Add(r.ReportId)))
            {
                var rows = w.Candidates(loose.Report).Where(r => !near.Contains(r.Id)).ToList();
                if (near.Count + rows.Count > MaxEvents) return false;
                var holders = LooseReports.In(c, tx, dialect, [.. rows.Select(r => r.Id)]).Select(r => r.EventId).ToHashSet();
                foreach (var (other, profile) in known(rows))
                {
                    if (holders.Contains(other) || EventMatcher.Compatible(loose.Report, profile)) Add(other);
                }
            }

            var unknown = frontier.Where(id => !profiles.ContainsKey(id)).ToArray();
            if (unknown.Length > 0)
            {
                var revs = c.Query<(long Id, long Rev)>($"SELECT id, updated_rev FROM events WHERE {dialect.InList("id", "ids")}", new { ids = unknown }, tx).ToList();
                foreach (var (id, profile) in known(revs)) profiles[id] = profile;
            }

            var holding = held.Select(r => r.EventId).ToHashSet();
            foreach (var id in frontier)
            {
                // An event holding loose reports shows what they added too: a loose report that contradicts that may
                // still fit its launch reports, so every loose report meeting its dates comes in.
                if (profiles.GetValueOrDefault(id) is not { } profile || EventMatcher.IsLoose(profile)) continue;
                foreach (var loose in LooseReports.Meeting(c, tx, profile).Where(r => !near.Contains(r.EventId) && (holding.Contains(id) || EventMatcher.Compatible(r.Report, profile))))
                {
                    Add(loose.EventId);
                }
            }

            if (near.Count > MaxEvents) return false;
            neighbours |= added.Count > 0;
            frontier = added;
        }

        return true;
    }

    /// <summary>
    /// Whether two events belong in one pass. Their consolidated fields being compatible (<see cref="EventMatcher.Compatible"/>:
    /// a loose date with a fact too few joins the sole event it fits, so every event it fits must be in the pass) is
    /// not enough: a consolidated time or count is one report's, so two events can fail to match as wholes while their
    /// reports, re-placed one by one, would chain (09:18 meets 09:56, which meets 11:27); which consolidated value an
    /// event shows then depends on arrival order, and so did the grouping (generated 10k articles grouped differently
    /// in reverse). Events with days that meet (a day of slack, both anchored) are therefore always re-clustered
    /// together; a loose date meets too much for that, and joins only where its fields match.
    /// </summary>
    private static bool MayShareReports(LaunchEvent a, LaunchEvent b) =>
        EventMatcher.Compatible(a, b)
        || (!EventMatcher.IsLoose(a) && !EventMatcher.IsLoose(b) && EventMatcher.ForMatching(a).Overlaps(EventMatcher.ForMatching(b), slackDays: 1));

    private static (IReadOnlyList<long> Changed, IReadOnlyList<long> Deleted) Apply(
        WriteCommands w, CacheStage stage, List<Row> reports, List<ClusterMember> members, Reclusterer.Result result, long rev, IReadOnlyCollection<long> touched)
    {
        var c = w.Connection;
        var tx = w.Transaction;
        var old = reports.GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToHashSet());

        // Ids: the largest groups choose first, each the event holding most of its reports (ties: the lowest id).
        var taken = new HashSet<long>();
        var chosen = new Dictionary<int, long?>();
        var byGroup = result.Groups.Select((g, i) => (g, i)).OrderByDescending(x => x.g.Count).ThenBy(x => members[x.g[0]], Comparer<ClusterMember>.Create(ClusterMember.CompareKeys));
        foreach (var (g, i) in byGroup)
        {
            var id = g.Select(j => reports[j].EventId).Where(e => !taken.Contains(e))
                .GroupBy(e => e).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).Select(x => (long?)x.Key).FirstOrDefault();
            if (id is { } kept) taken.Add(kept);
            chosen[i] = id;
        }

        var changed = new List<long>();
        var ids = new long?[result.Groups.Count];
        var unchanged = new bool[result.Groups.Count];
        for (var i = 0; i < result.Groups.Count; i++)
        {
            var g = result.Groups[i];
            var same = chosen[i] is { } k && old[k].SetEquals(g.Select(j => reports[j].Id));
            unchanged[i] = same;
            ids[i] = chosen[i];
            if (same && !touched.Contains(chosen[i]!.Value)) continue;
            var eventId = chosen[i] ?? w.InsertEventShell(members[g[0]].Report.Event, rev);
            ids[i] = eventId;
            foreach (var j in g.Where(j => reports[j].EventId != eventId))
            {
                c.Execute("UPDATE event_reports SET event_id = @eventId WHERE id = @id", new { eventId, id = reports[j].Id }, tx);
                // By document first: claims_document finds a document's few claims; report_id has no index of its own
                // (one more B-tree per claim insert), and without the document this was a scan of every claim per move.
                c.Execute("UPDATE claims SET event_id = @eventId WHERE document_id = @doc AND report_id = @id", new { eventId, doc = reports[j].Report.DocumentId, id = reports[j].Id }, tx);
            }

            changed.Add(eventId);
        }

        // Written once every group has its id, so an event can name the nearby events kept apart from it.
        for (var i = 0; i < result.Groups.Count; i++)
        {
            if (ids[i] is not { } eventId || !changed.Contains(eventId)) continue;
            var group = result.Groups[i].OrderBy(j => reports[j].Id).ToList();
            var input = group.Select(j => members[j].Report).ToList();
            // A group that is its event's reports as they are: the writer consolidated exactly these when it placed the
            // last of them in this transaction (consolidation depends on the set alone, not its order).
            var consolidated = unchanged[i] && stage.Deferral(eventId) is { } pending ? pending.Result : Consolidator.Consolidate(input);
            var profiles = result.Profiles;
            var apart = Enumerable.Range(0, result.Groups.Count)
                .Where(o => o != i && ids[o] is not null && profiles[i].Date.Overlaps(profiles[o].Date, slackDays: 1))
                .Take(MaxApart)
                .Select(o => new FieldExplanation(LinkReasons.KeptApart, $"event {ids[o]}", LinkReasons.Apart(profiles[i], profiles[o]), [], false));
            consolidated = consolidated with { Explanations = [.. consolidated.Explanations, .. apart] };
            var stored = w.UpdateEvent(eventId, rev, consolidated, input);
            stage.Set(eventId, new CachedEvent(rev, StoreJson.Read<LaunchEvent>(stored), [.. group.Select(j => new CachedReport(reports[j].Id, reports[j].ContentHash, PackedReport.Pack(members[j].Report)))]));
        }

        foreach (var j in result.Unlinked)
        {
            // A reference that no longer meets an event and may not create one: its claims stay with its document.
            c.Execute("UPDATE claims SET event_id = NULL, report_id = NULL WHERE document_id = @doc AND report_id = @id", new { doc = reports[j].Report.DocumentId, id = reports[j].Id }, tx);
            c.Execute("DELETE FROM event_reports WHERE id = @id", new { id = reports[j].Id }, tx);
            w.DeleteReportText(reports[j].Id);
        }

        var deleted = old.Keys.Where(e => !taken.Contains(e)).Order().ToList();
        foreach (var e in deleted) c.Execute("DELETE FROM events WHERE id = @e", new { e }, tx);
        return (changed, deleted);
    }
}
