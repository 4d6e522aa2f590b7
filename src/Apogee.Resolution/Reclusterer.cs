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
        var days = members.Select(m => Day(m.Report)).ToArray();
        var order = Enumerable.Range(0, members.Count).ToList();
        order.Sort((a, b) =>
        {
            var c = tiers[a].CompareTo(tiers[b]);
            if (c == 0) c = days[a].CompareTo(days[b]);
            if (c == 0) c = ClusterMember.CompareKeys(members[a], members[b]);
            return c != 0 ? c : a.CompareTo(b); // equal keys: input order, as the stable sort this replaces kept it
        });
        var placement = new CanonicalPlacement(members, profile);
        var unlinked = new List<int>();
        foreach (var i in order)
        {
            if (placement.Place(i) < 0) unlinked.Add(i);
        }

        return new Result([.. placement.Groups.Select(g => (IReadOnlyList<int>)[.. g.Order()])], [.. unlinked.Order()], placement.Profiles);
    }

    /// <summary>
    /// The canonical order: tier (<see cref="Tier"/>), then the earliest matching day of a report with a precise date
    /// (<see cref="Day"/>), then the key.
    /// </summary>
    public static int Precedes(ClusterMember a, ClusterMember b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var c = Tier(a.Report).CompareTo(Tier(b.Report));
        if (c == 0) c = Day(a.Report).CompareTo(Day(b.Report));
        return c != 0 ? c : ClusterMember.CompareKeys(a, b);
    }

    /// <summary>0: a primary report with a precise date; 1: a primary report with a loose date; 2: a reference.</summary>
    public static int Tier(ReportedEvent r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return !r.IsPrimary ? 2 : EventMatcher.IsLoose(r.Event) ? 1 : 0;
    }

    /// <summary>The day that orders a report within its tier: the earliest matching day; none for a loose primary report.</summary>
    public static DateOnly Day(ReportedEvent r) =>
        Tier(r) == 1 ? DateOnly.MinValue : EventMatcher.ForMatching(r.Event).Earliest ?? DateOnly.MinValue;

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
}
