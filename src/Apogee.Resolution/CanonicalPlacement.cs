using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// The placement <see cref="Reclusterer.Cluster"/> makes, as a running state: members are placed one by one in canonical
/// order (<see cref="Reclusterer.Precedes"/>), each joining the best group so far or starting one. A caller may start
/// from groups already made (<see cref="Seed"/>: the groups the canonical order had made before some point, in the
/// order they were made) and go on from there: the store re-places a few days of reports this way
/// (docs/RESOLUTION.md, "Dense days").
/// </summary>
/// <remarks>
/// Each group keeps the shapes of its members (<see cref="ShapeHull"/>). A member its hull does not admit cannot match
/// the group's consolidated event (every field of that event comes from one of its members: <see cref="ShapeHull"/>'s
/// remarks), so the group is no candidate: <see cref="EventMatcher.BestMatch"/> passes over candidates that do not fit,
/// and leaving them out changes no choice. It saves consolidating groups nobody could join (the store re-places a few
/// days of a dense stretch, where most groups are other sites' and hours' launches).
/// </remarks>
public sealed class CanonicalPlacement(IReadOnlyList<ClusterMember> members, Func<IReadOnlyList<int>, LaunchEvent> profile)
{
    private readonly List<List<int>> _groups = [];
    private readonly List<HashSet<string>> _documents = [];
    private readonly List<LaunchEvent?> _profiles = []; // made when first asked for: a group nobody compares with needs none
    private readonly List<ShapeHull> _hulls = [];
    private readonly List<Candidate> _candidates = [];

    /// <summary>The groups (indexes into the members, in joining order), in the order they were made.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Groups => _groups;

    /// <summary>Every group's consolidated event.</summary>
    public IReadOnlyList<LaunchEvent> Profiles => [.. Enumerable.Range(0, _groups.Count).Select(Profile)];

    /// <summary>The consolidated event of a group as it stands.</summary>
    public LaunchEvent Profile(int g) => _profiles[g] ??= profile(_groups[g]);

    /// <summary>Whether member <paramref name="i"/> could match group <paramref name="g"/>'s event at all (its hull admits it); false means it cannot.</summary>
    public bool MayFit(int i, int g) => _hulls[g].Admits(members[i].Shape);

    /// <summary>Adds a group made before (its members in joining order); groups must be seeded in the order they were made.</summary>
    public int Seed(IReadOnlyList<int> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        _groups.Add([.. group]);
        _documents.Add(new HashSet<string>(group.Select(j => members[j].Document), StringComparer.Ordinal));
        _profiles.Add(null);
        _hulls.Add(new ShapeHull(group.Select(j => members[j].Shape)));
        return _groups.Count - 1;
    }

    /// <summary>Adds the next member to a group without comparing (the caller knows where the canonical run put it).</summary>
    public void Join(int i, int g)
    {
        _groups[g].Add(i);
        _documents[g].Add(members[i].Document);
        _profiles[g] = null;
        _hulls[g].Add(members[i].Shape);
    }

    /// <summary>Starts a group with the next member without comparing (the caller knows the canonical run started one).</summary>
    public int Start(int i)
    {
        _groups.Add([i]);
        _documents.Add(new HashSet<string>(StringComparer.Ordinal) { members[i].Document });
        _profiles.Add(null);
        _hulls.Add(new ShapeHull([members[i].Shape]));
        return _groups.Count - 1;
    }

    /// <summary>Places the next member in canonical order: the group it joined or started, or -1 when it is left unlinked.</summary>
    public int Place(int i)
    {
        var m = members[i];
        _candidates.Clear();
        for (var g = 0; g < _groups.Count; g++)
        {
            if (!_documents[g].Contains(m.Document) && MayFit(i, g)) _candidates.Add(new Candidate(g, Profile(g)));
        }

        if (EventMatcher.BestMatch(m.Report.Event, _candidates) is { } match)
        {
            var g = (int)match;
            Join(i, g);
            return g;
        }

        return ReferencePolicy.MayCreateEvent(m.Report.Event) ? Start(i) : -1;
    }
}
