using Apogee.Ingest.Feeds;

namespace Apogee.Ingest.Tests;

public class FeedParserTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Harbor Times: Asia</title>
            <link>https://harbor-times.example/asia</link>
            <item>
              <title>Seoul reports missile launch</title>
              <link>https://harbor-times.example/a/1</link>
              <guid isPermaLink="false">ht-0001</guid>
              <pubDate>Wed, 04 Mar 2026 07:30:00 +0900</pubDate>
              <description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>North Korea fired a missile, Seoul said.</p>]]></content:encoded>
            </item>
            <item>
              <title>No guid, only a link</title>
              <link>https://harbor-times.example/a/2</link>
              <pubDate>Thu, 5 Mar 2026 10:00 GMT</pubDate>
              <description>&lt;p&gt;Summary only.&lt;/p&gt;</description>
            </item>
            <item><title>Neither id nor link: skipped</title></item>
            <item>
              <guid>ht-0004</guid>
              <pubDate>sometime last week</pubDate>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Pacific Ledger</title>
          <link rel="self" href="https://ledger.example/feed.atom"/>
          <link href="https://ledger.example/"/>
          <entry>
            <id>tag:ledger.example,2026:1</id>
            <title>Tokyo protests launch</title>
            <link rel="alternate" href="https://ledger.example/1"/>
            <published>2026-03-04T08:15:00+09:00</published>
            <updated>2026-03-04T09:00:00+09:00</updated>
            <summary>Summary text.</summary>
            <content type="html">&lt;p&gt;Japan lodged a protest.&lt;/p&gt;</content>
          </entry>
          <entry>
            <id>tag:ledger.example,2026:2</id>
            <title>Inline XHTML body</title>
            <updated>2026-03-05T00:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Seoul said one missile.</p></div></content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_are_parsed()
    {
        var feed = FeedParser.Parse(Rss).Value;
        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("Harbor Times: Asia", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        Assert.Equal(new FeedItem("ht-0001", "https://harbor-times.example/a/1", "Seoul reports missile launch",
            new DateTimeOffset(2026, 3, 4, 7, 30, 0, TimeSpan.FromHours(9)), "<p>North Korea fired a missile, Seoul said.</p>"), feed.Items[0]);
        Assert.Equal("https://harbor-times.example/a/2", feed.Items[1].Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
        Assert.Equal("<p>Summary only.</p>", feed.Items[1].Html);
        Assert.Null(feed.Items[2].Published);
    }

    [Fact]
    public void Atom_entries_are_parsed()
    {
        var feed = FeedParser.Parse(Atom).Value;
        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("https://ledger.example/", feed.Link);
        Assert.Equal(new FeedItem("tag:ledger.example,2026:1", "https://ledger.example/1", "Tokyo protests launch",
            new DateTimeOffset(2026, 3, 4, 8, 15, 0, TimeSpan.FromHours(9)), "<p>Japan lodged a protest.</p>"), feed.Items[0]);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
        Assert.Contains("Seoul said one missile.", feed.Items[1].Html, StringComparison.Ordinal);
        Assert.Null(feed.Items[1].Link);
    }

    [Theory]
    [InlineData("", "feed: empty document")]
    [InlineData("<rss><channel><item></channel></rss>", "feed: malformed XML")]
    [InlineData("not xml at all", "feed: malformed XML")]
    [InlineData("<html><body>hi</body></html>", "feed: root element <html> is neither RSS 2.0 <rss> nor Atom <feed>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"boom\">]><rss><channel><title>&x;</title></channel></rss>", "feed: malformed XML")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://evil.example/x.dtd\"><rss/>", "feed: malformed XML")]
    public void Malformed_feeds_fail_without_throwing(string xml, string error)
    {
        var result = FeedParser.Parse(xml);
        Assert.False(result.IsSuccess);
        Assert.StartsWith(error, result.Error, StringComparison.Ordinal);
    }
}
