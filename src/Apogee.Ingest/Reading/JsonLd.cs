using System.Text.Json;
using AngleSharp.Dom;

namespace Apogee.Ingest.Reading;

/// <summary>Looks up schema.org properties in a page's JSON-LD blocks (objects, arrays and @graph alike).</summary>
public static class JsonLd
{
    private const int MaxDepth = 8;

    /// <summary>The first string value of <paramref name="property"/> that <paramref name="accept"/> takes, in document order.</summary>
    public static T? Find<T>(IDocument page, string property, Func<string, T?> accept)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(accept);
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var doc = JsonDocument.Parse(script.TextContent);
                if (Search(doc.RootElement, property, accept, 0) is { } found) return found;
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
            {
                // A broken JSON-LD block is common on real pages; the page's other sources still count.
            }
        }

        return null;
    }

    /// <summary>The first non-empty string value of <paramref name="property"/>.</summary>
    public static string? FindString(IDocument page, string property)
    {
        string? result = null;
        Find(page, property, s =>
        {
            if (string.IsNullOrWhiteSpace(s)) return (bool?)null;
            result = s;
            return true;
        });
        return result;
    }

    private static T? Search<T>(JsonElement e, string property, Func<string, T?> accept, int depth)
        where T : struct
    {
        if (depth > MaxDepth) return null;
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && accept(v.GetString()!) is { } hit) return hit;
            foreach (var p in e.EnumerateObject())
            {
                if (Search(p.Value, property, accept, depth + 1) is { } inner) return inner;
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (Search(item, property, accept, depth + 1) is { } inner) return inner;
            }
        }

        return null;
    }
}
