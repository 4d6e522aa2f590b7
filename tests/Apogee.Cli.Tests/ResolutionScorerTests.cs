using Apogee.Cli.Evaluation;
using static Apogee.Cli.Evaluation.ResolutionScorer;

namespace Apogee.Cli.Tests;

/// <summary>Pairwise scoring of how a store grouped reports, on hand-made groupings.</summary>
public class ResolutionScorerTests
{
    private static GoldLaunch Doc(string name, string actor, params string[] days) => new(name, actor, days.ToHashSet());

    private static readonly GoldLaunch[] Gold =
    [
        Doc("a", "North Korea", "2024-01-14"),
        Doc("b", "North Korea", "2024-01-14"),
        Doc("c", "North Korea", "2024-01-13", "2024-01-14"), // a US-dated report: either day
        Doc("d", "North Korea", "2024-03-18"),
        Doc("e", "South Korea", "2024-01-14"),               // same day, another actor: another launch
    ];

    [Fact]
    public void A_perfect_grouping_scores_one_and_one_event_per_launch()
    {
        var r = Score(Gold, new Dictionary<string, long> { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 2, ["e"] = 3 });

        Assert.Equal((3, 3, 3), (r.TruePairs, r.PredictedPairs, r.GoldPairs));
        Assert.Equal(1.0, r.F1);
        Assert.Equal(3, r.Launches);
        Assert.Equal(1.0, r.EventsPerLaunch);
    }

    [Fact]
    public void A_split_launch_loses_recall_and_a_merge_loses_precision()
    {
        var split = Score(Gold, new Dictionary<string, long> { ["a"] = 1, ["b"] = 1, ["c"] = 4, ["d"] = 2, ["e"] = 3 });
        Assert.Equal((1, 1, 3), (split.TruePairs, split.PredictedPairs, split.GoldPairs));
        Assert.Equal(1.0, split.Precision);
        Assert.Equal(1.0 / 3, split.Recall, 6);
        Assert.Equal(4.0 / 3, split.EventsPerLaunch, 6);
        Assert.Contains(split.Misses, m => m.StartsWith("apart:", StringComparison.Ordinal));

        var merged = Score(Gold, new Dictionary<string, long> { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 2, ["e"] = 1 });
        Assert.Equal((3, 6, 3), (merged.TruePairs, merged.PredictedPairs, merged.GoldPairs));
        Assert.Equal(0.5, merged.Precision);
        Assert.Contains(merged.Misses, m => m.StartsWith("together:", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_the_store_did_not_keep_are_left_out()
    {
        var r = Score(Gold, new Dictionary<string, long> { ["a"] = 1, ["b"] = 1 });

        Assert.Equal(2, r.Documents);
        Assert.Equal(1.0, r.F1);
    }
}
