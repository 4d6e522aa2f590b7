using Apogee.Watch.Feeds;
using Apogee.Watch.Http;
using Apogee.Watch.Pipeline;
using Apogee.Watch.State;

namespace Apogee.Watch.Tests;

/// <summary>Durations, back-off, document names and the state file.</summary>
public sealed class SmallPartsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("60s", 60_000)]
    [InlineData("60", 60_000)]
    [InlineData("5m", 300_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("250ms", 250)]
    [InlineData(" 1.5M ", 90_000)]
    public void Durations_parse(string text, double ms) =>
        Assert.Equal(TimeSpan.FromMilliseconds(ms), Durations.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("0s")]
    [InlineData("-5s")]
    [InlineData("5 days")]
    public void Bad_durations_say_what_is_wrong(string text) =>
        Assert.Contains("is not a duration", Durations.Parse(text).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(2, new[] { 2 })]
    [InlineData(3, new[] { 4 })]
    [InlineData(4, new[] { 8 })]
    [InlineData(10, new[] { 60 })]
    public void After_n_failures_a_source_is_next_polled_2_pow_n_minus_1_intervals_later_capped(int failures, int[] nextCycle)
    {
        var backoff = new SourceBackoff(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(60));
        var url = new Uri("http://feeds.test/a.xml");
        for (var i = 0; i < failures; i++) backoff.Failed(url, T0);

        var firstPolled = Enumerable.Range(1, 100).First(k => !backoff.IsWaiting(url, T0.AddMinutes(k)));

        Assert.Equal(nextCycle[0], firstPolled);
        backoff.Succeeded(url);
        Assert.False(backoff.IsWaiting(url, T0));
    }

    [Theory]
    [InlineData("https://news.test/world/2026/11/20/launch.html", "news-test-world-2026-11-20-launch-html-")]
    [InlineData("http://NEWS.test/a?id=1", "news-test-a-")]
    public void Document_names_are_readable_stable_and_distinct(string url, string prefix)
    {
        var name = DocumentNames.For(new Uri(url));

        Assert.StartsWith(prefix, name, StringComparison.Ordinal);
        Assert.Equal(name, DocumentNames.For(new Uri(url)));
        Assert.NotEqual(name, DocumentNames.For(new Uri(url + "&x=2")));
    }

    [Fact]
    public void The_state_file_round_trips_and_writes_identical_bytes_for_identical_state()
    {
        var dir = Directory.CreateTempSubdirectory("apogee-state-").FullName;
        try
        {
            var file = new WatchStateFile(Path.Combine(dir, "s.json"));
            var state = new WatchState();
            var feed = new Uri("http://feeds.test/a.xml");
            state.SetValidators(feed, new Validators("\"abc\"", "Fri, 20 Nov 2026 01:00:00 GMT"));
            state.MarkSeen(feed, "item-1");
            state.MarkSeen(feed, "item-2");
            state.MarkAnnounced(12);
            state.MarkAnnounced(3);
            file.Save(state);
            var first = File.ReadAllText(file.Path);

            var loaded = file.Load(TextWriter.Null);
            file.Save(loaded);

            Assert.Equal(first, File.ReadAllText(file.Path));
            Assert.True(loaded.IsSeen(feed, "item-2"));
            Assert.False(loaded.IsSeen(feed, "item-3"));
            Assert.Equal([3L, 12L], loaded.Announced);
            Assert.Equal("\"abc\"", loaded.ValidatorsFor(feed).ETag);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_corrupt_state_file_is_reported_and_replaced_by_an_empty_state()
    {
        var path = Path.Combine(Path.GetTempPath(), $"apogee-state-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ not json");
        try
        {
            var log = new StringWriter();
            var state = new WatchStateFile(path).Load(log);

            Assert.Empty(state.Announced);
            Assert.Contains("unreadable", log.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Feed_items_keep_their_guid_and_relative_link_and_items_with_neither_id_nor_link_are_skipped()
    {
        const string xml = "<rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>First</title><description>one</description></item>"
            + "<item><title>Second</title><description>two</description></item>"
            + "<item><guid>g-3</guid><link>/news/3</link><title>Third</title></item></channel></rss>";

        // Without an id or a link an item cannot be remembered as seen, so the parser leaves it out.
        var entry = Assert.Single(new IngestFeedParser().Parse(xml).Value);

        Assert.Equal("g-3", entry.Id);
        Assert.Equal("/news/3", entry.Link?.OriginalString);
        Assert.Equal("Third", entry.Title);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("<rss><channel><item>")]
    [InlineData("")]
    public void Malformed_feeds_are_failed_results(string xml) =>
        Assert.False(new IngestFeedParser().Parse(xml).IsSuccess);

    [Fact]
    public void Seen_ids_per_feed_are_capped_oldest_first()
    {
        var state = new WatchState();
        var feed = new Uri("http://feeds.test/a.xml");
        for (var i = 0; i <= WatchState.MaxSeenPerFeed; i++) state.MarkSeen(feed, $"id-{i}");

        Assert.False(state.IsSeen(feed, "id-0"));
        Assert.True(state.IsSeen(feed, $"id-{WatchState.MaxSeenPerFeed}"));
    }
}
