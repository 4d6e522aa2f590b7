using System.IO.Enumeration;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Ingest.Reading;

namespace Apogee.Ingest;

/// <summary>
/// Reads articles from files (.txt, .html/.htm, .jsonl), folders (recursively, in ordinal path order) and "-" (stdin).
/// Metadata precedence: sidecar NAME.meta.json &gt; the page's own tags &gt; <see cref="ReadOptions.DefaultPublished"/>.
/// Never throws for a bad input: each failure is one <see cref="Result{T}"/> naming the input and the problem.
/// </summary>
public sealed class DocumentReader : IDocumentReader
{
    public const string StdinPath = "-";

    private static readonly string[] DocumentExtensions = [".txt", ".html", ".htm", ".jsonl"];

    private readonly TextReader? _stdin;

    /// <summary>Reads "-" from the process's standard input.</summary>
    public DocumentReader()
    {
    }

    /// <summary>Reads "-" from <paramref name="stdin"/> (tests, or a CLI context's input).</summary>
    public DocumentReader(TextReader stdin)
    {
        _stdin = stdin;
    }

    public IEnumerable<Result<RawDocument>> Read(IReadOnlyList<string> paths, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= ReadOptions.Default;
        foreach (var path in paths)
        {
            foreach (var r in ReadOne(path, options))
            {
                yield return r;
            }
        }
    }

    private IEnumerable<Result<RawDocument>> ReadOne(string path, ReadOptions options)
    {
        if (path == StdinPath) return [ReadStdin(options)];
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return [Result<RawDocument>.Fail(IngestErrors.UrlNotSupported(path))];
        }

        if (Directory.Exists(path)) return ReadFolder(path, options);
        return File.Exists(path) ? ReadFile(path, options) : [Result<RawDocument>.Fail(IngestErrors.Missing(path))];
    }

    private static IEnumerable<Result<RawDocument>> ReadFolder(string folder, ReadOptions options)
    {
        string[] files;
        try
        {
            files = EnumerateFiles(folder)
                .Where(IsDocument)
                .Order(StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Result<RawDocument>.Fail(IngestErrors.Unreadable(folder, ex.Message))];
        }

        return files.Length == 0
            ? [Result<RawDocument>.Fail(IngestErrors.NoDocumentsInFolder(folder))]
            : files.SelectMany(f => ReadFile(f, options));
    }

    /// <summary>
    /// Every file below the folder, not descending into symbolic links to folders (a link back up would list the same
    /// articles again and again) nor into hidden entries (dot-files on Unix).
    /// </summary>
    private static FileSystemEnumerable<string> EnumerateFiles(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    private static bool IsDocument(string path) =>
        !path.EndsWith(SidecarReader.Suffix, StringComparison.OrdinalIgnoreCase)
        && DocumentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<Result<RawDocument>> ReadFile(string path, ReadOptions options)
    {
        // .jsonl streams line by line with the cap per line, so a file of any size works in bounded memory.
        // UTF-16 files (rare) cannot be split as bytes on '\n' and keep the whole-file path below.
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".jsonl" && !StartsWithUtf16Mark(path)) return JsonlFileReader.Read(path, options);
        byte[] bytes;
        try
        {
            var size = new FileInfo(path).Length;
            // The size is checked before reading so a huge file never lands in memory.
            if (size > options.MaxBytes) return [Result<RawDocument>.Fail(IngestErrors.TooLarge(path, size, options.MaxBytes))];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Result<RawDocument>.Fail(IngestErrors.Unreadable(path, ex.Message))];
        }

        var text = TextDecoder.Decode(path, bytes);
        if (!text.IsSuccess) return [Result<RawDocument>.Fail(text.Error!)];
        if (ext == ".jsonl") return JsonlReader.Read(path, text.Value, options);

        var sidecar = SidecarReader.ReadFor(path);
        if (!sidecar.IsSuccess) return [Result<RawDocument>.Fail(sidecar.Error!)];
        var kind = ext is ".html" or ".htm" || (ext != ".txt" && IngestRegex.LooksLikeHtml().IsMatch(text.Value))
            ? ContentKind.Html
            : ContentKind.Text;
        return [Result<RawDocument>.Ok(Build(Path.GetFileNameWithoutExtension(path), path, text.Value, kind, sidecar.Value, options))];
    }

    private static bool StartsWithUtf16Mark(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[2];
            return stream.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && (head is [0xFF, 0xFE] or [0xFE, 0xFF]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The stream path reports the problem naming the file.
            return false;
        }
    }

    private Result<RawDocument> ReadStdin(ReadOptions options)
    {
        var name = IngestErrors.StdinName;
        try
        {
            var reader = _stdin ?? Console.In;
            // Read one character past the cap so an oversized stream is recognised without reading all of it.
            var cap = (int)Math.Min(options.MaxBytes + 1, int.MaxValue - 1);
            var buffer = new char[Math.Min(cap, 1 << 16)];
            var sb = new System.Text.StringBuilder();
            int n;
            while (sb.Length < cap && (n = reader.Read(buffer, 0, Math.Min(buffer.Length, cap - sb.Length))) > 0)
            {
                sb.Append(buffer, 0, n);
            }

            if (sb.Length > options.MaxBytes) return Result<RawDocument>.Fail(IngestErrors.TooLargeStream(name, options.MaxBytes));
            var text = TextDecoder.Check(name, sb.ToString());
            if (!text.IsSuccess) return Result<RawDocument>.Fail(text.Error!);
            var kind = IngestRegex.LooksLikeHtml().IsMatch(text.Value) ? ContentKind.Html : ContentKind.Text;
            return Result<RawDocument>.Ok(Build(name, name, text.Value, kind, DocumentMetadata.Empty, options));
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            return Result<RawDocument>.Fail(IngestErrors.Unreadable(name, ex.Message));
        }
    }

    private static RawDocument Build(string name, string origin, string content, ContentKind kind, DocumentMetadata sidecar, ReadOptions options)
    {
        var page = kind == ContentKind.Html ? HtmlMetadataReader.Read(HtmlLoader.Parse(content)) : DocumentMetadata.Empty;
        return new RawDocument(name, origin, content, kind, sidecar.Or(page).Or(new DocumentMetadata(options.DefaultPublished)));
    }
}
