using System.Globalization;

namespace Apogee.Watch;

/// <summary>Every message watch mode prints about a problem, in one place so wording stays consistent and greppable.</summary>
public static class WatchErrors
{
    public static string BadScheme(Uri url) => $"{url}: only http and https URLs are fetched";

    public static string NotAbsolute(string url) => $"'{url}': not an absolute http or https URL";

    public static string TooLarge(Uri url, long max) =>
        string.Create(CultureInfo.InvariantCulture, $"{url}: response larger than {max} bytes; skipped");

    public static string Timeout(Uri url, TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"{url}: no complete response within {timeout.TotalSeconds:0.###} s");

    public static string Status(Uri url, int status) =>
        string.Create(CultureInfo.InvariantCulture, $"{url}: HTTP {status}");

    public static string TooManyRedirects(Uri url, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{url}: more than {max} redirects");

    public static string Network(Uri url, string message) => $"{url}: network error: {message}";

    public static string MalformedFeed(Uri url, string message) => $"{url}: malformed feed: {message}";

    public static string EmptyPage(Uri url) => $"{url}: empty page; skipped";

    public static string Stage(string stage, string document, string message) => $"{document}: {stage} failed: {message}";

    public static string BadInterval(string text) =>
        $"'{text}' is not a duration: use a number with ms, s, m or h (e.g. 60s, 5m)";

    public static string WebhookFailed(Uri url, string message) => $"webhook {url}: delivery failed after retries: {message}";

    public static string WebhookStatus(int status) => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");

    public static string StateUnreadable(string path, string message) => $"state file {path}: unreadable ({message}); starting fresh";

    public static string SinkFailed(string sink, string message) => $"alert sink {sink}: {message}";

    public const string NeedSources = "give at least one --feed or --pages URL";

    public static string StrayArgument(string arg) =>
        $"unexpected argument '{arg}': put each URL after its own --feed, --pages or --webhook (or separate URLs with commas)";

    public static string Option(string option, string message) => $"option '--{option}': {message}";

    public static string Opening(string message) => $"apogee watch: {message}";
}
