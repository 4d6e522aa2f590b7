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
    /// The most events one part re-clusters (<see cref="Component"/>): a part is the few events whose reports could
    /// share an event; a larger one (an undated event meets every event of its actor) is left as the incremental
    /// matcher placed it.
    /// </summary>
    public const int MaxEvents = 400;

    /// <summary>
    /// The most events a part of precise primary reports alone re-clusters whole: a larger one (a dense stretch of days)
    /// has its new reports re-placed day by day (<see cref="DaySweep"/>), which reads a few days instead of the part.
    /// </summary>
    public const int MaxPreciseEvents = 32;

    /// <summary>
    /// How far a stored event's consolidated date may lie inside one of its reports' intervals: a precise interval is a
    /// week or less, and the event's date is within it (the intersection). Loose reports are found by their own window
    /// (<see cref="LooseReports"/>).
    /// </summary>
    private const int PreciseSpanDays = EventMatcher.PreciseDays;

    /// <summary>How many nearby events (dates within a day) an event names as kept apart, with the rule that separates them.</summary>
    public const int MaxApart = 5;

    /// <summary>A report of the pass: its row, event and document, its report JSON when it was read back (else null), and the report.</summary>
    internal sealed record Row(long Id, long EventId, string ContentHash, string? ReportJson, ReportedEvent Report);

    /// <summary>The events changed (re-consolidated or created) and deleted by the pass.</summary>
    /// <remarks>
    /// Incremental first: the store holds the canonical grouping of every report before this transaction, so the
    /// canonical grouping with the new reports differs from it only from the first day a new report is on. A touched
    /// event whose new reports are all precise primary reports has them re-placed from their day on, by going on with
    /// the canonical run from the store's state there (<see cref="DaySweep"/>): it reads the few days a stretch takes to
    /// close, whatever the size of the neighbourhood. The other touched events (a new loose report or reference, or a
    /// stretch the sweep could not close: a loose report or a reference meets its days) are split into <em>parts</em>
    /// (<see cref="Component"/>): all the stored events whose reports could share an event with theirs, found through
    /// the store, wherever they lie. <see cref="Reclusterer"/> of a part alone is what the whole set of reports gives
    /// there (<see cref="Reclusterer.Components"/>), so each part is re-clustered by itself. A part of one event whose
    /// reports all match one another is as placed: nothing is read or rewritten.
    /// </remarks>
    public (IReadOnlyList<long> Changed, IReadOnlyList<long> Deleted) Run(
        WriteCommands w, CacheStage stage, IReadOnlyCollection<long> touched, long rev, long lastOldReport,
        Func<IReadOnlyList<(long Id, long Rev)>, IReadOnlyDictionary<long, CachedEvent>> known, Func<long, long, bool> mayHoldTwoLaunches)
    {
        if (touched.Count == 0) return ([], []);
        var changed = new List<long>();
        var deleted = new List<long>();
        LaunchEvent Profile(IReadOnlyCollection<Row> rows) => ProfileOf(stage, rows);

        // The sweep: touched events whose new reports are all precise primary reports.
        var sweepPass = new ReclusterPass(dialect, w, stage, known);
        var pending = new Dictionary<long, (DateOnly Day, string Actor)>();
        var rest = new HashSet<long>();
        foreach (var (id, entry) in sweepPass.Entries(Revisions(w, touched)))
        {
            var fresh = entry.Reports!.Where(x => x.Id > lastOldReport).Select(x => (x.Id, Report: PackedReport.Unpack(x.Packed))).ToList();
            if (fresh.Count == 0 || fresh.Any(x => Reclusterer.Tier(x.Report) != 0))
            {
                rest.Add(id);
                continue;
            }

            foreach (var (reportId, report) in fresh) pending[reportId] = (Reclusterer.Day(report), report.Event.Actor);
        }

        if (pending.Count > 0)
        {
            var sweep = new DaySweep(sweepPass, Profile).Run(pending, rev, touched);
            changed.AddRange(sweep.Changed);
            deleted.AddRange(sweep.Deleted);
            if (sweep.Left.Count > 0)
            {
                rest.UnionWith(w.Connection.Query<long>($"SELECT DISTINCT event_id FROM event_reports WHERE {dialect.InList("id", "ids")}", new { ids = sweep.Left.ToArray() }, w.Transaction));
            }
        }

        if (rest.Count == 0) return (changed, deleted);

        // The parts of the rest, each re-clustered whole (read afresh: the sweep may have rewritten events).
        var pass = new ReclusterPass(dialect, w, stage, known);
        pass.Note(Revisions(w, rest));
        var done = new HashSet<long>();
        var skipped = new HashSet<long>();
        var parts = new List<List<long>>();
        foreach (var id in rest.Order())
        {
            if (done.Contains(id) || skipped.Contains(id) || !pass.At.ContainsKey(id)) continue;
            var part = Component(pass, id, done, skipped);
            if (part is null) continue;
            if (part.Count == 1 && !mayHoldTwoLaunches(id, pass.At[id])) continue;
            parts.Add(part);
        }

        if (parts.Count > 0)
        {
            var (c, d) = ReclusterParts(w, stage, pass, parts, rev, touched);
            changed.AddRange(c);
            deleted.AddRange(d);
        }

        return (changed.Distinct().ToList(), deleted.Distinct().ToList());
    }

    /// <summary>A group's event: it depends on its set of reports alone, so it is remembered by report ids across passes (ProfileMemo).</summary>
    private static LaunchEvent ProfileOf(CacheStage stage, IEnumerable<Row> rows)
    {
        var list = rows as IReadOnlyCollection<Row> ?? [.. rows];
        var key = ProfileMemo.Key(list.Select(r => r.Id));
        if (stage.Profile(key) is { } memo) return memo;
        var made = Consolidator.Consolidate([.. list.Select(r => r.Report)]).Event;
        stage.SetProfile(key, made);
        return made;
    }

    /// <summary>The revisions of these events as stored now (an event deleted meanwhile is not listed).</summary>
    private List<(long Id, long Rev)> Revisions(WriteCommands w, IReadOnlyCollection<long> ids) =>
        w.Connection.Query<(long Id, long Rev)>($"SELECT id, updated_rev FROM events WHERE {dialect.InList("id", "ids")}", new { ids = ids.ToArray() }, w.Transaction).ToList();

    /// <summary>Re-clusters each part alone (<see cref="Reclusterer.Cluster"/>) and applies the result.</summary>
    private (IReadOnlyList<long> Changed, IReadOnlyList<long> Deleted) ReclusterParts(WriteCommands w, CacheStage stage, ReclusterPass pass, List<List<long>> parts, long rev, IReadOnlyCollection<long> touched)
    {
        var reports = Reports(w, stage, [.. parts.SelectMany(p => p)], pass.At);
        var members = reports.Select(r => new ClusterMember(
            $"{r.ContentHash}/{r.Report.Role}/",
            r.ReportJson is { } json ? () => json : () => StoreJson.Write(r.Report.Event),
            r.ContentHash,
            r.Report)).ToList();
        LaunchEvent Profile(IEnumerable<int> group) => ProfileOf(stage, group.Select(j => reports[j]));

        var partOf = parts.SelectMany((p, k) => p.Select(e => (e, k))).ToDictionary(x => x.e, x => x.k);
        var groups = new List<IReadOnlyList<int>>();
        var unlinked = new List<int>();
        var profiles = new List<LaunchEvent>();
        foreach (var index in reports.Select((r, j) => (r, j)).GroupBy(x => partOf[x.r.EventId], x => x.j).Select(g => g.ToList()))
        {
            var result = Reclusterer.Cluster([.. index.Select(j => members[j])], g => Profile(g.Select(j => index[j])));
            groups.AddRange(result.Groups.Select(g => (IReadOnlyList<int>)[.. g.Select(j => index[j])]));
            unlinked.AddRange(result.Unlinked.Select(j => index[j]));
            profiles.AddRange(result.Profiles);
        }

        return Apply(w, stage, reports, members, new Reclusterer.Result(groups, [.. unlinked.Order()], profiles), rev, touched);
    }

    /// <summary>
    /// The part of the store the event belongs to: starting from it, every event with a report that could match an event
    /// made of the part's reports, or of whose reports the part's could (<see cref="ShapeHull.Meets"/>), until nothing
    /// more is added. Events are found by their dates, a week wider than each shape's (an event's date lies inside its
    /// precise reports' intervals), and by the windows of loose reports (<see cref="LooseReports"/>: once such a
    /// report has joined a launch, its event shows that launch's day). The part's events are added to
    /// <paramref name="done"/>; null, and the events added to <paramref name="skipped"/>, when the part passes
    /// <see cref="MaxEvents"/> or takes in an event of a part skipped before (a part of a part is not closed: it is not
    /// what the whole set of reports gives).
    /// </summary>
    private List<long>? Component(ReclusterPass pass, long seed, HashSet<long> done, HashSet<long> skipped)
    {
        var w = pass.W;
        var part = new List<long> { seed };
        var inPart = new HashSet<long> { seed };
        var hull = new ShapeHull();
        hull.Add(pass.Hulls([(seed, pass.At[seed])])[seed]);
        var precise = pass.Precise(seed);
        var pool = new Dictionary<long, ShapeHull>();
        var asked = new HashSet<(string Actor, DateOnly Lo, DateOnly Hi)>();
        var frontier = new List<long> { seed };
        while (frontier.Count > 0)
        {
            var found = new List<(long Id, long Rev)>();
            foreach (var id in frontier)
            {
                foreach (var s in pass.Hulls([(id, pass.At[id])])[id].Shapes)
                {
                    if (!asked.Add((s.Actor, s.Lo, s.Hi))) continue;
                    var probe = new LaunchEvent
                    {
                        Role = Vocabulary.Roles.Reference,
                        Actor = s.Actor,
                        Date = new DateBounds(
                            s.Lo == DateOnly.MinValue ? null : s.Lo.AddDays(-PreciseSpanDays),
                            s.Hi == DateOnly.MaxValue ? null : s.Hi.AddDays(PreciseSpanDays),
                            string.Empty),
                    };
                    found.AddRange(w.Candidates(probe));
                    var holders = LooseReports.Meeting(w.Connection, w.Transaction, probe).Select(r => r.EventId).Distinct().ToArray();
                    var unseen = holders.Where(e => !pass.At.ContainsKey(e)).ToArray();
                    if (unseen.Length > 0)
                    {
                        pass.Note(Revisions(w, unseen));
                    }

                    found.AddRange(holders.Where(pass.At.ContainsKey).Select(e => (e, pass.At[e])));
                }
            }

            // Events of a finished part cannot meet this one (that part took in every event meeting it).
            var fresh = found.Where(r => !done.Contains(r.Id) && !inPart.Contains(r.Id) && !pool.ContainsKey(r.Id)).DistinctBy(r => r.Id).ToList();
            foreach (var (id, h) in pass.Hulls(fresh)) pool[id] = h;
            frontier = [];
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var (id, h) in pool.OrderBy(p => p.Key).ToList())
                {
                    if (!hull.Meets(h)) continue;
                    if (skipped.Contains(id)) return Skip(part, skipped);
                    pool.Remove(id);
                    part.Add(id);
                    inPart.Add(id);
                    precise &= pass.Precise(id);
                    hull.Add(h);
                    frontier.Add(id);
                    grew = true;
                }
            }

            if (part.Count > (precise ? MaxPreciseEvents : MaxEvents)) return Skip(part, skipped);
        }

        part.Sort();
        done.UnionWith(part);
        return part;
    }

    private static List<long>? Skip(List<long> part, HashSet<long> skipped)
    {
        skipped.UnionWith(part);
        return null;
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

    internal static (IReadOnlyList<long> Changed, IReadOnlyList<long> Deleted) Apply(
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
            // Such a group keeps the revision of the document that last changed it, as one document per transaction gives.
            var pending = unchanged[i] ? stage.Deferral(eventId) : null;
            var consolidated = pending is not null ? pending.Result : Consolidator.Consolidate(input);
            var stamp = pending?.Rev ?? rev;
            var profiles = result.Profiles;
            var apart = Enumerable.Range(0, result.Groups.Count)
                .Where(o => o != i && ids[o] is not null && profiles[i].Date.Overlaps(profiles[o].Date, slackDays: 1))
                .Take(MaxApart)
                .Select(o => new FieldExplanation(LinkReasons.KeptApart, $"event {ids[o]}", LinkReasons.Apart(profiles[i], profiles[o]), [], false));
            consolidated = consolidated with { Explanations = [.. consolidated.Explanations, .. apart] };
            var stored = w.UpdateEvent(eventId, stamp, consolidated, input);
            stage.Set(eventId, new CachedEvent(stamp, StoreJson.Read<LaunchEvent>(stored), [.. group.Select(j => new CachedReport(reports[j].Id, reports[j].ContentHash, PackedReport.Pack(members[j].Report)))]));
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
