using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// Groups reports into events as a function of the set of reports, not of the order they arrived in. The reports are
/// placed in a canonical order that depends only on their content, then each joins the best event built so far
/// (<see cref="EventMatcher.BestMatch"/> against the events' consolidated fields) or starts one:
/// <list type="number">
/// <item>primary reports with a precise date (a week or less), by earliest matching day then key: they anchor events;</item>
/// <item>primary reports with a loose date (a publication window, a vague interval or none), by key: they join an
/// anchored event only when what they say agrees (and one event fits best), so they never bridge two launches;</item>
/// <item>references, by earliest day then key: they join the event of the launch they mention, or create one only
/// when their date is bounded within a month (<see cref="ReferencePolicy"/>).</item>
/// </list>
/// Two reports of one document never share an event (its primary and its mentions are different launches).
/// </summary>
public static class Reclusterer
{
    /// <summary>
    /// The groups (indexes into <paramref name="members"/>, each ascending), the members left unlinked, and each group's
    /// consolidated event (<see cref="Consolidator"/> of its members: the same whatever their order, since no two come
    /// from one document).
    /// </summary>
    public sealed record Result(IReadOnlyList<IReadOnlyList<int>> Groups, IReadOnlyList<int> Unlinked, IReadOnlyList<LaunchEvent> Profiles);

    /// <param name="members">The reports.</param>
    /// <param name="profile">
    /// The consolidated event of a group (indexes into <paramref name="members"/>, in joining order); by default
    /// <see cref="Consolidator"/> of the group's reports. A caller may remember them: a group's event depends on its set of reports alone.
    /// </param>
    public static Result Cluster(IReadOnlyList<ClusterMember> members, Func<IReadOnlyList<int>, LaunchEvent>? profile = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        profile ??= g => Consolidator.Consolidate([.. g.Select(j => members[j].Report)]).Event;
        var tiers = members.Select(m => Tier(m.Report)).ToArray();
        var days = members.Select((m, i) => tiers[i] == 1 ? DateOnly.MinValue : EventMatcher.ForMatching(m.Report.Event).Earliest ?? DateOnly.MinValue).ToArray();
        var order = Enumerable.Range(0, members.Count).ToList();
        order.Sort((a, b) =>
        {
            var c = tiers[a].CompareTo(tiers[b]);
            if (c == 0) c = days[a].CompareTo(days[b]);
            if (c == 0) c = ClusterMember.CompareKeys(members[a], members[b]);
            return c != 0 ? c : a.CompareTo(b); // equal keys: input order, as the stable sort this replaces kept it
        });
        var groups = new List<List<int>>();
        var documents = new List<HashSet<string>>();
        var profiles = new List<LaunchEvent>();
        var unlinked = new List<int>();
        var candidates = new List<Candidate>();
        foreach (var i in order)
        {
            var m = members[i];
            candidates.Clear();
            for (var g = 0; g < groups.Count; g++)
            {
                if (!documents[g].Contains(m.Document)) candidates.Add(new Candidate(g, profiles[g]));
            }

            if (EventMatcher.BestMatch(m.Report.Event, candidates) is { } match)
            {
                var g = (int)match;
                groups[g].Add(i);
                documents[g].Add(m.Document);
                profiles[g] = profile(groups[g]);
            }
            else if (ReferencePolicy.MayCreateEvent(m.Report.Event))
            {
                groups.Add([i]);
                documents.Add(new HashSet<string>(StringComparer.Ordinal) { m.Document });
                profiles.Add(profile(groups[^1]));
            }
            else
            {
                unlinked.Add(i);
            }
        }

        return new Result([.. groups.Select(g => (IReadOnlyList<int>)[.. g.Order()])], [.. unlinked.Order()], profiles);
    }

    /// <summary>
    /// The members split into parts that never share an event (<see cref="ShapeHull"/>): no member of one part could
    /// match an event made of members of another. <see cref="Cluster"/> of the whole is then <see cref="Cluster"/> of
    /// each part, side by side: the canonical order restricted to a part is the part's own, and an event of another
    /// part is never a candidate that fits, so it changes no choice. Each part ascending; parts by their first member.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Components(IReadOnlyList<ClusterMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var parts = members.Select((m, i) => (Members: new List<int> { i }, Hull: new ShapeHull([ReportShape.Of(m.Report.Event)]))).ToList();
        for (var merged = true; merged;)
        {
            merged = false;
            for (var a = 0; a < parts.Count; a++)
            {
                for (var b = parts.Count - 1; b > a; b--)
                {
                    if (!parts[a].Hull.Meets(parts[b].Hull)) continue;
                    parts[a].Members.AddRange(parts[b].Members);
                    parts[a].Hull.Add(parts[b].Hull);
                    parts.RemoveAt(b);
                    merged = true;
                }
            }
        }

        return [.. parts.Select(p => (IReadOnlyList<int>)[.. p.Members.Order()]).OrderBy(p => p[0])];
    }

    private static int Tier(ReportedEvent r) => !r.IsPrimary ? 2 : EventMatcher.IsLoose(r.Event) ? 1 : 0;
}
