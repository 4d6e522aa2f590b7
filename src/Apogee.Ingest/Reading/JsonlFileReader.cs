using System.Buffers;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest.Reading;

/// <summary>
/// A .jsonl file read line by line, so a file of any size (100k articles, ~400 MB) streams through in bounded memory;
/// the size cap (<see cref="ReadOptions.MaxBytes"/>) applies to each line, not the file. Lines are split as bytes and
/// each is decoded strictly on its own, so a line that is not UTF-8, binary or over the cap fails alone, named
/// <c>file#line</c>, and an over-long line is skipped without being held in memory.
/// </summary>
public static class JsonlFileReader
{
    private const int ChunkSize = 1 << 16;

    public static IEnumerable<Result<RawDocument>> Read(string path, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReadOptions.Default;
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Result<RawDocument>.Fail(IngestErrors.Unreadable(path, ex.Message))];
        }

        return Lines(stream, path, options);
    }

    private static IEnumerable<Result<RawDocument>> Lines(FileStream stream, string path, ReadOptions options)
    {
        using var _ = stream;
        var chunk = new byte[ChunkSize];
        var line = new ArrayBufferWriter<byte>();
        var lineNo = 1;
        var tooLarge = false;
        var documents = 0;
        var first = true;
        while (true)
        {
            int n;
            string? failure = null;
            try
            {
                n = stream.Read(chunk, 0, chunk.Length);
            }
            catch (IOException ex)
            {
                n = 0;
                failure = IngestErrors.Unreadable(path, ex.Message);
            }

            if (failure is not null)
            {
                yield return Result<RawDocument>.Fail(failure);
                yield break;
            }

            var start = 0;
            if (first)
            {
                // A UTF-8 byte-order mark belongs to the file, not its first line.
                if (chunk.AsSpan(0, n).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) start = 3;
                first = false;
            }

            if (n == 0) break;
            while (start < n)
            {
                // Offsets, not a span: a span cannot live across the yield below.
                var end = Array.IndexOf(chunk, (byte)'\n', start, n - start);
                var length = (end < 0 ? n : end) - start;
                if (!tooLarge)
                {
                    if (line.WrittenCount + length > options.MaxBytes)
                    {
                        tooLarge = true;
                        line.Clear();
                    }
                    else
                    {
                        line.Write(chunk.AsSpan(start, length));
                    }
                }

                if (end < 0) break;
                if (Finish(path, lineNo, line, tooLarge, options) is { } doc)
                {
                    documents++;
                    yield return doc;
                }

                line.Clear();
                tooLarge = false;
                lineNo++;
                start = end + 1;
            }
        }

        if (Finish(path, lineNo, line, tooLarge, options) is { } last)
        {
            documents++;
            yield return last;
        }

        // A file with no lines at all is an input mistake worth naming, as an empty .txt is.
        if (documents == 0) yield return Result<RawDocument>.Fail(IngestErrors.Empty(path));
    }

    private static Result<RawDocument>? Finish(string path, int lineNo, ArrayBufferWriter<byte> line, bool tooLarge, ReadOptions options)
    {
        if (tooLarge) return Result<RawDocument>.Fail(IngestErrors.LineTooLarge(path, lineNo, options.MaxBytes));
        var bytes = line.WrittenSpan;
        if (bytes.IsEmpty || IsBlank(bytes)) return null;
        var origin = $"{path}#{lineNo}";
        var text = TextDecoder.Decode(origin, bytes);
        return text.IsSuccess ? JsonlReader.ReadLine(path, lineNo, text.Value, options) : Result<RawDocument>.Fail(text.Error!);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        }

        return true;
    }
}
