using Apogee.Watch.Alerts;
using Apogee.Watch.Tests.Support;

namespace Apogee.Watch.Tests;

/// <summary>
/// Watch mode end to end over real HTTP: feeds and pages that change between polls, failures of every kind,
/// and a webhook receiver that must get exactly the expected alerts.
/// </summary>
public sealed class WatchScenarioTests
{
    private static readonly DateTimeOffset Friday = new(2026, 11, 20, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_new_launch_then_a_second_outlet_with_a_firmer_count_gives_exactly_one_new_and_one_changed_alert()
    {
        await using var h = await WatchHarness.StartAsync();
        var first = new Synthetic.Item("wire-1", h.Server.Url("news/launch-1").AbsoluteUri, "Missile launch", Friday);
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(first), etag: "\"v1\"");
        h.Server.Serve("news/launch-1", "text/html", Synthetic.FirstReport());
        h.Server.Serve("atom.xml", "application/atom+xml", Synthetic.Atom());
        var loop = h.Loop([h.Server.Url("feed.xml"), h.Server.Url("atom.xml")]);

        var c1 = await loop.RunCycleAsync(CancellationToken.None);

        var newEvent = Assert.Single(h.Received());
        Assert.Equal(AlertKinds.NewEvent, newEvent.Kind);
        Assert.Equal(1, newEvent.EventId);
        Assert.Contains(new AlertChange("count", null, "1+"), newEvent.Changes);
        Assert.Contains(new AlertChange("range_km", null, "350"), newEvent.Changes);
        Assert.Contains(new AlertChange("apogee_km", null, "50"), newEvent.Changes);
        Assert.Single(newEvent.Documents);
        Assert.Equal(1, c1.Ingested);
        Assert.Contains("ALERT NEW event #1", h.Console.ToString(), StringComparison.Ordinal);

        // Nothing changed: the RSS feed answers 304 to the validator it handed out, and nothing is announced.
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var c2 = await loop.RunCycleAsync(CancellationToken.None);
        Assert.Equal("\"v1\"", h.Server.RequestsTo("feed.xml")[^1].IfNoneMatch);
        Assert.Equal(1, c2.Unchanged);
        Assert.Empty(c2.Alerts);
        Assert.Single(h.Server.RequestsTo("news/launch-1"));

        // A second outlet (the Atom feed) reports the same launch: two missiles, not "at least one".
        var second = new Synthetic.Item("urn:test:2", h.Server.Url("other/story-2").AbsoluteUri, "Two missiles", Friday.AddHours(2));
        h.Server.Serve("atom.xml", "application/atom+xml", Synthetic.Atom(second));
        h.Server.Serve("other/story-2", "text/html", Synthetic.SecondReport());
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await loop.RunCycleAsync(CancellationToken.None);

        Assert.Equal(2, h.Received().Count);
        var changed = h.Received()[1];
        Assert.Equal(AlertKinds.EventChanged, changed.Kind);
        Assert.Equal(1, changed.EventId);
        Assert.Equal([new AlertChange("count", "1+", "2")], changed.Changes);
        Assert.Equal(2, changed.Documents.Count);
        Assert.Contains("CHANGED event #1: count 1+ -> 2", h.Console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_reports_arriving_in_one_poll_are_taken_oldest_first_and_relative_links_resolve()
    {
        await using var h = await WatchHarness.StartAsync();
        // Newest first, as feeds list them; the Atom links are relative to the feed's URL.
        h.Server.Serve("wire/atom.xml", "application/atom+xml", Synthetic.Atom(
            new Synthetic.Item("urn:test:2", "story-2", "Two missiles", Friday.AddHours(2)),
            new Synthetic.Item("urn:test:1", "story-1", "Missile launch", Friday)));
        h.Server.Serve("wire/story-1", "text/html", Synthetic.FirstReport());
        h.Server.Serve("wire/story-2", "text/html", Synthetic.SecondReport());

        await h.Loop([h.Server.Url("wire/atom.xml")]).RunCycleAsync(CancellationToken.None);

        Assert.Equal([AlertKinds.NewEvent, AlertKinds.EventChanged], h.Received().Select(a => a.Kind));
        Assert.Equal([new AlertChange("count", "1+", "2")], h.Received()[1].Changes);
    }

    [Fact]
    public async Task Bad_feeds_and_pages_are_logged_and_skipped_while_good_ones_still_alert()
    {
        await using var h = await WatchHarness.StartAsync();
        h.Server.Serve("broken.xml", "application/rss+xml", "<rss><channel><item><title>unterminated");
        h.Server.On("down.xml", Responses.Status(500));
        h.Limits = h.Limits with { Timeout = TimeSpan.FromSeconds(3) };
        h.Server.On("slow.xml", Responses.Slow(TimeSpan.FromSeconds(30), "application/rss+xml", Synthetic.Rss()));
        var big = new Synthetic.Item("big", h.Server.Url("news/huge").AbsoluteUri, "Huge page", Friday);
        var good = new Synthetic.Item("good", h.Server.Url("news/launch-1").AbsoluteUri, "Missile launch", Friday);
        h.Server.Serve("good.xml", "application/rss+xml", Synthetic.Rss(big, good));
        h.Server.On("news/huge", Responses.Chunked(10 * 1024 * 1024));
        h.Server.Serve("news/launch-1", "text/html", Synthetic.FirstReport());
        var loop = h.Loop([h.Server.Url("broken.xml"), h.Server.Url("down.xml"), h.Server.Url("slow.xml"), h.Server.Url("good.xml")]);

        var cycle = await loop.RunCycleAsync(CancellationToken.None);

        var alert = Assert.Single(h.Received());
        Assert.Equal(AlertKinds.NewEvent, alert.Kind);
        var log = h.Log.ToString();
        Assert.Contains("broken.xml: malformed feed", log, StringComparison.Ordinal);
        Assert.Contains("down.xml: HTTP 500", log, StringComparison.Ordinal);
        Assert.Contains("slow.xml: no complete response within 3 s", log, StringComparison.Ordinal);
        Assert.Contains("news/huge: response larger than 65536 bytes", log, StringComparison.Ordinal);
        Assert.Equal(4, cycle.Failures.Count);

        // Next cycle: failing feeds are retried once, the oversized page (a permanent failure) is not fetched again.
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        h.Server.On("slow.xml", Responses.Status(503));
        await loop.RunCycleAsync(CancellationToken.None);
        Assert.Single(h.Server.RequestsTo("news/huge"));
        Assert.Equal(2, h.Server.RequestsTo("down.xml").Count);

        // After two failures in a row a source sits out a cycle (back-off), then is tried again.
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await loop.RunCycleAsync(CancellationToken.None);
        Assert.Equal(3, third.BackingOff);
        Assert.Equal(2, h.Server.RequestsTo("down.xml").Count);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await loop.RunCycleAsync(CancellationToken.None);
        Assert.Equal(3, h.Server.RequestsTo("down.xml").Count);
        Assert.Single(h.Received());
    }

    [Fact]
    public async Task A_page_that_fails_transiently_is_retried_next_cycle_and_then_alerts()
    {
        await using var h = await WatchHarness.StartAsync();
        var item = new Synthetic.Item("flaky", h.Server.Url("news/flaky").AbsoluteUri, "Missile launch", Friday);
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item), etag: "\"f1\"");
        h.Server.On("news/flaky", Responses.Status(502));
        var loop = h.Loop([h.Server.Url("feed.xml")]);

        await loop.RunCycleAsync(CancellationToken.None);
        Assert.Empty(h.Received());

        h.Server.Serve("news/flaky", "text/html", Synthetic.FirstReport());
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await loop.RunCycleAsync(CancellationToken.None);

        // The feed's validator was not kept while an item was pending, so the feed was fetched in full again.
        Assert.Equal("", h.Server.RequestsTo("feed.xml")[1].IfNoneMatch);
        Assert.Equal(AlertKinds.NewEvent, Assert.Single(h.Received()).Kind);
    }

    /// <summary>A feed with one launch report whose page loads, watched through a store that refuses writes for now.</summary>
    private static (OutageStore Store, WatchLoop Loop) FeedWithTheStoreDown(WatchHarness h)
    {
        var item = new Synthetic.Item("outage", h.Server.Url("news/outage").AbsoluteUri, "Missile launch", Friday);
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item), etag: "\"o1\"");
        h.Server.Serve("news/outage", "text/html", Synthetic.FirstReport());
        var store = new OutageStore(h.Store) { Down = true };
        return (store, h.Loop([h.Server.Url("feed.xml")], store: store));
    }

    [Fact]
    public async Task An_item_the_store_could_not_take_stays_unseen_and_is_stored_and_announced_once_the_store_is_back()
    {
        await using var h = await WatchHarness.StartAsync();
        var (store, loop) = FeedWithTheStoreDown(h);

        await loop.RunCycleAsync(CancellationToken.None);
        Assert.Equal(1, store.Refused);
        Assert.False(loop.State.IsSeen(h.Server.Url("feed.xml"), "outage"));
        Assert.Empty(h.Received());
        Assert.Contains("database is locked", h.Log.ToString(), StringComparison.Ordinal);

        store.Down = false;
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await loop.RunCycleAsync(CancellationToken.None);

        Assert.Equal("", h.Server.RequestsTo("feed.xml")[1].IfNoneMatch); // validators were not kept while it was pending
        Assert.True(loop.State.IsSeen(h.Server.Url("feed.xml"), "outage"));
        Assert.Equal(AlertKinds.NewEvent, Assert.Single(h.Received()).Kind);
        Assert.Equal(1, h.Store.CountEvents(Apogee.Core.Storage.EventQuery.All));
    }

    [Fact]
    public async Task An_item_the_store_keeps_refusing_is_given_up_after_a_few_cycles()
    {
        await using var h = await WatchHarness.StartAsync();
        var (store, loop) = FeedWithTheStoreDown(h);

        for (var i = 0; i < WatchLoop.MaxItemAttempts + 2; i++)
        {
            await loop.RunCycleAsync(CancellationToken.None);
            h.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(WatchLoop.MaxItemAttempts, store.Refused);
        Assert.True(loop.State.IsSeen(h.Server.Url("feed.xml"), "outage"));
    }

    [Fact]
    public async Task A_page_that_never_recovers_is_given_up_after_a_few_cycles()
    {
        await using var h = await WatchHarness.StartAsync();
        var item = new Synthetic.Item("dead", h.Server.Url("news/dead").AbsoluteUri, "Dead link", Friday);
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item), etag: "\"d1\"");
        h.Server.On("news/dead", Responses.Status(503));
        var loop = h.Loop([h.Server.Url("feed.xml")]);

        for (var i = 0; i < WatchLoop.MaxItemAttempts + 2; i++)
        {
            await loop.RunCycleAsync(CancellationToken.None);
            h.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(WatchLoop.MaxItemAttempts, h.Server.RequestsTo("news/dead").Count);
        Assert.True(loop.State.IsSeen(h.Server.Url("feed.xml"), "dead"));
        Assert.Equal("\"d1\"", h.Server.RequestsTo("feed.xml")[^1].IfNoneMatch);
    }

    [Fact]
    public async Task A_restart_with_the_state_file_never_announces_again()
    {
        await using var h = await WatchHarness.StartAsync();
        var item = new Synthetic.Item("wire-1", h.Server.Url("news/launch-1").AbsoluteUri, "Missile launch", Friday);
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item));
        h.Server.Serve("news/launch-1", "text/html", Synthetic.FirstReport());
        h.Server.Serve("page.html", "text/html", Synthetic.FirstReport() + "<!-- same story, plain URL -->", etag: "\"p1\"");

        await h.Loop([h.Server.Url("feed.xml")]).RunCycleAsync(CancellationToken.None);
        Assert.Single(h.Received());

        // A new process: state comes back from the file. The feed item is known, and a plain page reporting the
        // same launch reaches the same event, which was already announced.
        var restarted = h.Loop([h.Server.Url("feed.xml")], [h.Server.Url("page.html")]);
        var cycle = await restarted.RunCycleAsync(CancellationToken.None);
        Assert.Single(h.Server.RequestsTo("news/launch-1"));
        Assert.Equal(1, cycle.Ingested);
        Assert.Single(h.Received());
        Assert.Contains(1L, restarted.State.Announced);

        // Plain pages are polled conditionally too.
        await h.Loop([], [h.Server.Url("page.html")]).RunCycleAsync(CancellationToken.None);
        Assert.Equal("\"p1\"", h.Server.RequestsTo("page.html")[^1].IfNoneMatch);
    }

    [Fact]
    public async Task An_alert_the_webhook_refused_is_kept_and_delivered_on_a_later_cycle_even_after_a_restart()
    {
        await using var h = await WatchHarness.StartAsync();
        var item = new Synthetic.Item("wire-1", h.Server.Url("news/launch-1").AbsoluteUri, "Missile launch", Friday);
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item));
        h.Server.Serve("news/launch-1", "text/html", Synthetic.FirstReport());
        h.Server.On("hook", Responses.Status(503));

        var first = await h.Loop([h.Server.Url("feed.xml")]).RunCycleAsync(CancellationToken.None);

        Assert.Equal(4, h.Server.RequestsTo("hook").Count); // the first attempt and three retries
        Assert.Contains(first.Failures, f => f.Contains("delivery failed after retries", StringComparison.Ordinal));
        Assert.Single(first.Alerts);

        // The receiver is back; a restarted watcher delivers the kept alert once, and only once.
        h.Server.On("hook", Responses.Status(204));
        var restarted = h.Loop([h.Server.Url("feed.xml")]);
        var second = await restarted.RunCycleAsync(CancellationToken.None);
        await restarted.RunCycleAsync(CancellationToken.None);

        Assert.Empty(second.Alerts);
        Assert.Equal(5, h.Server.RequestsTo("hook").Count);
        Assert.Equal(AlertKinds.NewEvent, AlertJson.Deserialize(h.Server.RequestsTo("hook")[^1].Body)!.Kind);
        Assert.Empty(restarted.State.Pending);
        Assert.Equal(1, h.Console.ToString().Split("ALERT").Length - 1);
    }

    [Fact]
    public async Task Irrelevant_articles_are_ingested_without_alerts()
    {
        await using var h = await WatchHarness.StartAsync();
        var item = new Synthetic.Item("fest", h.Server.Url("news/fest").AbsoluteUri, "Festival", Friday);
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item));
        h.Server.Serve("news/fest", "text/html", Synthetic.NotAboutLaunches());

        var cycle = await h.Loop([h.Server.Url("feed.xml")]).RunCycleAsync(CancellationToken.None);

        Assert.Empty(cycle.Failures);
        Assert.Equal(1, cycle.Ingested);
        Assert.Empty(h.Received());
        Assert.Equal("", h.Console.ToString());
    }

    [Fact]
    public async Task RunAsync_keeps_polling_until_cancelled()
    {
        await using var h = await WatchHarness.StartAsync();
        h.Server.On("down.xml", Responses.Status(500));
        var item = new Synthetic.Item("wire-1", h.Server.Url("news/launch-1").AbsoluteUri, "Missile launch", Friday);
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss(item), etag: "\"v1\"");
        h.Server.Serve("news/launch-1", "text/html", Synthetic.FirstReport());
        var loop = h.Loop([h.Server.Url("down.xml"), h.Server.Url("feed.xml")], interval: TimeSpan.FromMilliseconds(50));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        var last = await loop.RunAsync(cts.Token);

        // Several cycles ran: the good feed was polled again and again (304s), the failing one never stopped the loop.
        Assert.NotNull(last);
        Assert.True(h.Server.RequestsTo("feed.xml").Count >= 3);
        Assert.Single(h.Received());
    }

    [Fact]
    public async Task A_parser_that_throws_costs_only_its_own_feed()
    {
        await using var h = await WatchHarness.StartAsync();
        h.Server.Serve("feed.xml", "application/rss+xml", Synthetic.Rss());
        var loop = h.Loop([h.Server.Url("feed.xml")], parser: new ThrowingParser());

        var cycle = await loop.RunCycleAsync(CancellationToken.None);

        Assert.Contains("parser bug", Assert.Single(cycle.Failures), StringComparison.Ordinal);
    }
}
