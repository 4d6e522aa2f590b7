using System.Globalization;
using System.Security;

namespace Apogee.Watch.Tests.Support;

/// <summary>Feeds and article pages written for these tests (no third-party text).</summary>
public static class Synthetic
{
    public sealed record Item(string Id, string Link, string Title, DateTimeOffset Published, string? Summary = null);

    public static string Rss(params Item[] items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test Wire</title><link>http://example.test/</link><description>wire</description>"
        + string.Concat(items.Select(i =>
            $"<item><guid>{Esc(i.Id)}</guid><link>{Esc(i.Link)}</link><title>{Esc(i.Title)}</title>"
            + $"<pubDate>{i.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>"
            + (i.Summary is null ? "" : $"<description>{Esc(i.Summary)}</description>") + "</item>"))
        + "</channel></rss>";

    public static string Atom(params Item[] items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Test Atom</title><id>urn:test:atom</id>"
        + string.Concat(items.Select(i =>
            $"<entry><id>{Esc(i.Id)}</id><link href=\"{Esc(i.Link)}\"/><title>{Esc(i.Title)}</title>"
            + $"<updated>{i.Published.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)}</updated>"
            + (i.Summary is null ? "" : $"<summary>{Esc(i.Summary)}</summary>") + "</entry>"))
        + "</feed>";

    public static string Page(string headline, params string[] paragraphs) =>
        $"<!DOCTYPE html><html><head><title>{Esc(headline)}</title></head><body><nav>Home | World | Sign up for our newsletter</nav>"
        + $"<article><h1>{Esc(headline)}</h1>{string.Concat(paragraphs.Select(p => $"<p>{Esc(p)}</p>"))}</article>"
        + "<footer>Copyright Test Wire</footer></body></html>";

    /// <summary>A first, flash report of a launch: "at least one" missile.</summary>
    public static string FirstReport() => Page(
        "North Korea fires ballistic missile toward the East Sea",
        "SEOUL - North Korea fired at least one ballistic missile into the sea off its east coast on Friday morning, South Korea's Joint Chiefs of Staff said.",
        "The missiles flew about 350 km and reached an altitude of 50 km, the JCS said, adding that it was analysing the launch with the United States.",
        "Japan's defense ministry said the missiles appeared to land outside its exclusive economic zone.");

    /// <summary>A second outlet's report of the same launch with a firmer, different count.</summary>
    public static string SecondReport() => Page(
        "Japan says North Korea launched two missiles",
        "TOKYO - North Korea fired two ballistic missiles on Friday, Japan's defense ministry said.",
        "One of them flew about 350 km at an altitude of 50 km before falling into the sea, the ministry said.");

    public static string NotAboutLaunches() => Page(
        "Harvest festival draws crowds",
        "Farmers in the province celebrated a record rice harvest with music and food stalls on Saturday.");

    private static string Esc(string s) => SecurityElement.Escape(s);
}
