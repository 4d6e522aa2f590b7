using Apogee.Core.Model;
using static Apogee.Resolution.Tests.Make;

namespace Apogee.Resolution.Tests;

public sealed class ReclustererTests
{
    private static ClusterMember Member(string key, LaunchEvent e, string role = Vocabulary.Roles.Primary, string? document = null) =>
        new(key, document ?? key, new ReportedEvent(0, role, e with { Role = role }, []));

    private static LaunchEvent Salvo(string? time = "07:30") =>
        Event("2024-03-18", "Sunan", time) with { Count = CountRange.Exactly(2), RangeClass = "SRBM", MissileName = "KN-23" };

    /// <summary>One day, two launches (a salvo from Sunan in the morning, another missile from Sinpo in the afternoon), reported every way.</summary>
    private static List<ClusterMember> OneBusyDay() =>
    [
        Member("a-salvo-jcs", Salvo()),
        Member("b-salvo-japan", Salvo("07:40")),
        Member("c-salvo-no-time", Salvo(null) with { Site = Pyongyang }),
        Member("d-salvo-no-day", Event("2024-03-19..2024-03-20") with { Count = CountRange.Exactly(2), RangeClass = "SRBM", Date = new DateBounds(new DateOnly(2024, 3, 19), new DateOnly(2024, 3, 20), "no day: published-1..published") }),
        Member("e-sinpo", Event("2024-03-18", "Sinpo", "15:10") with { Count = CountRange.Exactly(1), MissileName = "Pukguksong-3", RangeClass = "SLBM" }),
        Member("f-sinpo-again", Event("2024-03-18", "Sinpo", "15:00") with { Count = CountRange.Exactly(1) }),
        Member("g-mention-of-sinpo", Event("2024-03-18", "Sinpo"), Vocabulary.Roles.Reference, document: "h-later-story"),
        Member("h-later-story", Event("2024-03-25", "Sinpo", "10:00")),
        Member("i-vague-mention", Event(null), Vocabulary.Roles.Reference, document: "h-later-story"),
    ];

    private static HashSet<string> Partition(List<ClusterMember> members)
    {
        var r = Reclusterer.Cluster(members);
        return [.. r.Groups.Select(g => string.Join(" ", g.Select(i => members[i].Key).Order(StringComparer.Ordinal)))];
    }

    [Fact]
    public void A_salvo_stays_one_event_and_another_launch_that_day_stays_apart()
    {
        Assert.Equal(
            ["a-salvo-jcs b-salvo-japan c-salvo-no-time d-salvo-no-day", "e-sinpo f-sinpo-again g-mention-of-sinpo", "h-later-story"],
            Partition(OneBusyDay()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_arrival_order_gives_the_same_events()
    {
        var expected = Partition(OneBusyDay());
        var random = new Random(12);
        for (var round = 0; round < 200; round++)
        {
            var shuffled = OneBusyDay().OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, Partition(shuffled));
        }
    }

    [Fact]
    public void An_undated_mention_creates_no_event_and_a_dated_one_joins_its_launch()
    {
        var members = OneBusyDay();
        var r = Reclusterer.Cluster(members);
        Assert.Equal(["i-vague-mention"], r.Unlinked.Select(i => members[i].Key));
        Assert.Contains(r.Groups, g => g.Select(i => members[i].Key).Contains("g-mention-of-sinpo") && g.Select(i => members[i].Key).Contains("e-sinpo"));
    }

    /// <summary>A story dated only by terms of office (years wide) that gives a count of two and SRBM: a salvo's facts.</summary>
    private static ClusterMember VagueSalvoStory() =>
        Member("j-vague-salvo-story", Event("2021-01-20..2025-01-20") with { Count = CountRange.Exactly(2), RangeClass = "SRBM", Date = new DateBounds(new DateOnly(2021, 1, 20), new DateOnly(2025, 1, 20), "officeholders in office") });

    private static ClusterMember AnotherSalvo() =>
        Member("k-another-salvo", Event("2024-05-02", "Jagang", "09:00") with { Count = CountRange.Exactly(2), RangeClass = "SRBM" });

    [Fact]
    public void A_vague_story_with_two_facts_joins_the_one_salvo_it_fits_and_nothing_else_moves()
    {
        Assert.Equal(
            ["a-salvo-jcs b-salvo-japan c-salvo-no-time d-salvo-no-day j-vague-salvo-story", "e-sinpo f-sinpo-again g-mention-of-sinpo", "h-later-story"],
            Partition([.. OneBusyDay(), VagueSalvoStory()]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_vague_story_that_fits_two_salvos_stays_apart_in_every_arrival_order()
    {
        List<ClusterMember> All() => [.. OneBusyDay(), VagueSalvoStory(), AnotherSalvo()];
        var expected = Partition(All());
        Assert.Contains("j-vague-salvo-story", expected);
        Assert.Contains("k-another-salvo", expected);
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            Assert.Equal(expected, Partition([.. All().OrderBy(_ => random.Next())]));
        }
    }

    [Fact]
    public void Two_reports_of_one_document_are_two_launches()
    {
        List<ClusterMember> members =
        [
            Member("story", Event("2024-03-18", "Sunan")),
            Member("story-mentions-the-same-day", Event("2024-03-18", "Sunan"), Vocabulary.Roles.Reference, document: "story"),
        ];
        Assert.Equal(2, Reclusterer.Cluster(members).Groups.Count);
    }
}
