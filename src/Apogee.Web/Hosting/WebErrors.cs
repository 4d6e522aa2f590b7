namespace Apogee.Web.Hosting;

/// <summary>Every error text the web app shows, in one place: each says what was wrong and what to do about it.</summary>
public static class WebErrors
{
    public static string BadDate(string name, string value) =>
        $"Query parameter '{name}' wants a date as YYYY-MM-DD, not '{value}'.";

    public static string BadNumber(string name, string value) =>
        $"Query parameter '{name}' wants a number, not '{value}'.";

    public static string BadInteger(string name, string value, int min, int max) =>
        $"Query parameter '{name}' wants a whole number from {min} to {max}, not '{value}'.";

    public static string BadChoice(string name, string value, IEnumerable<string> allowed) =>
        $"Query parameter '{name}' must be one of {string.Join(", ", allowed)}, not '{value}'.";

    public static string BadCursor(string value) =>
        $"Query parameter 'after' wants the 'next' value of a previous page (such as 2024-05-01_123), not '{value}'.";

    public static string RangeInverted(double min, double max) =>
        $"min_range ({min}) is larger than max_range ({max}); swap them or drop one.";

    public static string DatesInverted(DateOnly since, DateOnly until) =>
        $"since ({since:yyyy-MM-dd}) is after until ({until:yyyy-MM-dd}); swap them or drop one.";

    public static string BadFormat(string value) =>
        $"Unknown export format '{value}': use format=csv, format=json or format=geojson.";

    public static string EventNotFound(long id) => $"There is no event {id}. List events with GET /api/events.";

    public static string DocumentNotFound(long id) => $"There is no document {id}. Events list their documents under GET /api/events/{{id}}.";

    public const string WritesDisabled =
        "Writes are disabled on this server: restart 'apogee serve' with --api-key KEY (or APOGEE_API_KEY) and send the key as the X-Api-Key header.";

    public const string KeyMissing = "This request changes data: send the server's API key in the X-Api-Key header.";

    public const string KeyWrong = "The X-Api-Key header does not match the server's API key.";

    public static string BodyTooLarge(long cap) =>
        $"The request body is larger than the {cap} byte limit; send one article at a time, or trim it.";

    public static string BadJson(string detail) =>
        $"The request body is not valid JSON for an article ({detail}). Send {{\"text\": \"...\"}} or {{\"html\": \"...\"}} with optional name, published, url, outlet, title.";

    public const string NoContent = "The article is empty: send its body as \"text\" (plain) or \"html\".";

    public const string BothContents = "Send the article as \"text\" or as \"html\", not both.";

    public static string BadPublished(string value) =>
        $"'published' wants a date as YYYY-MM-DD, not '{value}'.";

    public static string BadName(string value) =>
        $"'name' may use letters, digits, '-', '_' and '.' (at most 100), not '{value}'.";

    public static string CleanFailed(string name, string error) => $"Could not clean article '{name}': {error}";

    public static string StoreFailed(string name, string error) => $"Could not store article '{name}': {error}";
}
