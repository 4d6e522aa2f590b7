namespace Apogee.Ingest.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
}
