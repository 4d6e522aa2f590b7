using Apogee.Storage.Sql;
using static Apogee.Storage.Tests.Synth;

namespace Apogee.Storage.Tests;

/// <summary>The re-clustering pass's memory of consolidated report sets: keyed by the set, bounded by two generations.</summary>
public sealed class ProfileMemoTests
{
    [Fact]
    public void A_set_of_reports_has_one_key_whatever_the_order() =>
        Assert.Equal(ProfileMemo.Key([30, 4, 12]), ProfileMemo.Key([12, 30, 4]));

    [Fact]
    public void A_remembered_set_is_found_until_two_generations_have_filled_after_its_last_use()
    {
        var memo = new ProfileMemo();
        var profile = Event("2024-03-01");
        memo.Put([new("1,2", profile)]);
        Fill(memo, "a", ProfileMemo.Generation); // "1,2" is now in the old generation
        Assert.Same(profile, memo.Get("1,2")); // and a hit moves it back
        Fill(memo, "b", ProfileMemo.Generation);
        Assert.Same(profile, memo.Get("1,2"));
        Fill(memo, "c", ProfileMemo.Generation);
        Fill(memo, "d", ProfileMemo.Generation);
        Assert.Null(memo.Get("1,2"));
    }

    private static void Fill(ProfileMemo memo, string prefix, int count) =>
        memo.Put(Enumerable.Range(0, count).Select(i => new KeyValuePair<string, Apogee.Core.Model.LaunchEvent>($"{prefix}{i}", Event("2024-01-01"))));
}
