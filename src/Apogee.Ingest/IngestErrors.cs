namespace Apogee.Ingest;

/// <summary>
/// Every error text of the ingest stage, in one place so messages stay consistent:
/// each names the input first, then the problem, so a person can find and fix it.
/// </summary>
public static class IngestErrors
{
    public static string Missing(string path) => $"{path}: no such file or folder";

    public static string Unreadable(string path, string why) => $"{path}: cannot be read ({why})";

    public static string TooLarge(string path, long size, long max) =>
        $"{path}: too large ({size} bytes; the limit is {max} bytes, see --max-bytes)";

    public static string TooLargeStream(string name, long max) =>
        $"{name}: too large (more than the limit of {max} bytes, see --max-bytes)";

    public static string OverSizeBudget(string name, long size, long max) =>
        $"{name}: too large ({size} bytes; the per-document limit is {max} bytes, see --max-bytes)";

    public static string OverTimeBudget(string name, TimeSpan max) =>
        $"{name}: gave up after the per-document time limit of {max.TotalSeconds:0.###} s (cleaning and extraction; see --max-seconds)";

    public static string Empty(string path) => $"{path}: empty or whitespace-only";

    public static string Binary(string path) => $"{path}: looks binary (NUL bytes or mostly control characters), not an article";

    public static string NotUtf8(string path, long offset) => $"{path}: not valid UTF-8 (bad byte sequence near byte {offset})";

    public static string BadSidecar(string sidecar, string why) => $"{sidecar}: broken sidecar JSON ({why})";

    public static string BadSidecarDate(string sidecar, string value) =>
        $"{sidecar}: broken sidecar JSON (\"published\" must be YYYY-MM-DD, not '{value}')";

    public static string NoDocumentsInFolder(string path) =>
        $"{path}: folder holds no .txt, .html, .htm or .jsonl documents";

    public static string UrlNotSupported(string path) =>
        $"{path}: fetching URLs is not supported; save the page and pass the file";

    public static string JsonlLine(string path, int line, string why) => $"{path}#{line}: bad .jsonl line ({why})";

    public const string JsonlNotObject = "not a JSON object";

    public const string JsonlNoText = "no \"text\" or \"html\" field with content";

    public static string JsonlBadField(string field) => $"\"{field}\" must be a string";

    public static string JsonlBadDate(string value) => $"\"published\" is not a date: '{value}'";

    public static string NoArticleText(string name) => $"{name}: no article text found";

    public static string CleanFailed(string name, string why) => $"{name}: cleaning failed ({why})";

    public static string ExtractFailed(string name, string why) => $"{name}: extraction failed: {why}";

    public static string StoreFailed(string name, string why) => $"{name}: storing failed ({why})";

    public static string ReadingStopped(string why) => $"input: reading stopped ({why}); the documents before it were processed";

    public static string LineTooLarge(string path, int line, long max) =>
        $"{path}#{line}: too large (more than the limit of {max} bytes per line, see --max-bytes)";

    public const string StdinName = "stdin";

    public static string FeedMalformed(string why) => $"feed: malformed XML ({why})";

    public const string FeedEmpty = "feed: empty document";

    public static string FeedUnknownRoot(string root) => $"feed: root element <{root}> is neither RSS 2.0 <rss> nor Atom <feed>";
}
