using System.Text.Json;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest.Reading;

/// <summary>
/// A .jsonl file: one article per line, {"text" | "html", "url", "title", "outlet", "published", "id" | "name"}.
/// A bad line fails alone; the other lines go on.
/// </summary>
public static class JsonlReader
{
    public static IEnumerable<Result<RawDocument>> Read(string path, string content, ReadOptions options)
    {
        var fileName = Path.GetFileNameWithoutExtension(path);
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            yield return ParseLine(path, fileName, i + 1, line, options);
        }
    }

    /// <summary>One line of <paramref name="path"/> (numbered from 1); null for a blank line, which is no document.</summary>
    public static Result<RawDocument>? ReadLine(string path, int lineNo, string line, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        return trimmed.Length == 0 ? null : ParseLine(path, Path.GetFileNameWithoutExtension(path), lineNo, trimmed, options ?? ReadOptions.Default);
    }

    private static Result<RawDocument> ParseLine(string path, string fileName, int lineNo, string line, ReadOptions options)
    {
        Result<RawDocument> Fail(string why) => Result<RawDocument>.Fail(IngestErrors.JsonlLine(path, lineNo, why));
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail(IngestErrors.JsonlNotObject);
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var field in new[] { "text", "html", "url", "title", "outlet", "published", "id", "name" })
            {
                if (!root.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) continue;
                if (v.ValueKind != JsonValueKind.String) return Fail(IngestErrors.JsonlBadField(field));
                fields[field] = string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString();
            }

            var origin = $"{path}#{lineNo}";
            var html = fields.GetValueOrDefault("html");
            var text = fields.GetValueOrDefault("text");
            var (content, kind) = html is not null ? (html, ContentKind.Html) : (text, ContentKind.Text);
            if (content is null) return Fail(IngestErrors.JsonlNoText);
            var checkedText = TextDecoder.Check(origin, content);
            if (!checkedText.IsSuccess) return Result<RawDocument>.Fail(checkedText.Error!);

            DateOnly? published = null;
            if (fields.GetValueOrDefault("published") is { } p)
            {
                published = DateParsing.ParseDate(p);
                if (published is null) return Fail(IngestErrors.JsonlBadDate(p));
            }

            var own = new DocumentMetadata(published, fields.GetValueOrDefault("url")?.Trim(), fields.GetValueOrDefault("outlet")?.Trim(), fields.GetValueOrDefault("title")?.Trim());
            var page = kind == ContentKind.Html ? HtmlMetadataReader.Read(HtmlLoader.Parse(content)) : DocumentMetadata.Empty;
            var name = fields.GetValueOrDefault("id")?.Trim() ?? fields.GetValueOrDefault("name")?.Trim() ?? $"{fileName}#{lineNo}";
            return Result<RawDocument>.Ok(new RawDocument(name, origin, content, kind, own.Or(page).Or(new DocumentMetadata(options.DefaultPublished))));
        }
        // A lone surrogate escape (\ud800) parses as JSON but cannot become a string: InvalidOperationException.
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return Fail(ex.Message);
        }
    }
}
