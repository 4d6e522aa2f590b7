using System.Text.Json;
using Apogee.Core;
using Apogee.Core.Model;

namespace Apogee.Ingest.Reading;

/// <summary>Reads <c>NAME.meta.json</c>, the metadata that travels beside <c>NAME.txt</c> (and beside any document).</summary>
public static class SidecarReader
{
    public const string Suffix = ".meta.json";

    /// <summary>The sidecar path of a document: same folder, same name without extension, plus ".meta.json".</summary>
    public static string PathFor(string documentPath) =>
        Path.Combine(Path.GetDirectoryName(documentPath) ?? "", Path.GetFileNameWithoutExtension(documentPath) + Suffix);

    /// <summary>Empty metadata when there is no sidecar; a failure naming the sidecar when it is broken.</summary>
    public static Result<DocumentMetadata> ReadFor(string documentPath)
    {
        var sidecar = PathFor(documentPath);
        if (!File.Exists(sidecar)) return Result<DocumentMetadata>.Ok(DocumentMetadata.Empty);
        string json;
        try
        {
            json = File.ReadAllText(sidecar);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Result<DocumentMetadata>.Fail(IngestErrors.Unreadable(sidecar, ex.Message));
        }

        return Parse(sidecar, json);
    }

    public static Result<DocumentMetadata> Parse(string sidecar, string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Result<DocumentMetadata>.Fail(IngestErrors.BadSidecar(sidecar, "not a JSON object"));
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in new[] { "published", "url", "outlet", "title" })
            {
                if (!doc.RootElement.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) continue;
                if (v.ValueKind != JsonValueKind.String)
                {
                    return Result<DocumentMetadata>.Fail(IngestErrors.BadSidecar(sidecar, $"\"{name}\" must be a string"));
                }

                fields[name] = string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString()!.Trim();
            }

            DateOnly? published = null;
            if (fields.GetValueOrDefault("published") is { } p)
            {
                published = DateParsing.ParseDate(p);
                if (published is null) return Result<DocumentMetadata>.Fail(IngestErrors.BadSidecarDate(sidecar, p));
            }

            return Result<DocumentMetadata>.Ok(new DocumentMetadata(
                published, fields.GetValueOrDefault("url"), fields.GetValueOrDefault("outlet"), fields.GetValueOrDefault("title")));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return Result<DocumentMetadata>.Fail(IngestErrors.BadSidecar(sidecar, ex.Message));
        }
    }
}
