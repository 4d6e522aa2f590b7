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
    /// <summary>The groups (indexes into <paramref name="members"/>, each ascending) and the members left unlinked.</summary>
    public sealed record Result(IReadOnlyList<IReadOnlyList<int>> Groups, IReadOnlyList<int> Unlinked);

    public static Result Cluster(IReadOnlyList<ClusterMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var order = Enumerable.Range(0, members.Count)
            .OrderBy(i => Tier(members[i].Report))
            .ThenBy(i => Tier(members[i].Report) == 1 ? DateOnly.MinValue : EventMatcher.ForMatching(members[i].Report.Event).Earliest ?? DateOnly.MinValue)
            .ThenBy(i => members[i].Key, StringComparer.Ordinal)
            .ToList();
        var groups = new List<List<int>>();
        var profiles = new List<LaunchEvent>();
        var unlinked = new List<int>();
        foreach (var i in order)
        {
            var m = members[i];
            var candidates = new List<Candidate>();
            for (var g = 0; g < groups.Count; g++)
            {
                if (!groups[g].Any(j => members[j].Document == m.Document)) candidates.Add(new Candidate(g, profiles[g]));
            }

            if (EventMatcher.BestMatch(m.Report.Event, candidates) is { } match)
            {
                var g = (int)match;
                groups[g].Add(i);
                profiles[g] = Consolidator.Consolidate([.. groups[g].Select(j => members[j].Report)]).Event;
            }
            else if (ReferencePolicy.MayCreateEvent(m.Report.Event))
            {
                groups.Add([i]);
                profiles.Add(Consolidator.Consolidate([m.Report]).Event);
            }
            else
            {
                unlinked.Add(i);
            }
        }

        return new Result([.. groups.Select(g => (IReadOnlyList<int>)[.. g.Order()])], [.. unlinked.Order()]);
    }

    private static int Tier(ReportedEvent r) => !r.IsPrimary ? 2 : EventMatcher.IsLoose(r.Event) ? 1 : 0;
}
