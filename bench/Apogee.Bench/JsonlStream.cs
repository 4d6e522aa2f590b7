using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Ingest.Reading;

namespace Apogee.Bench;

/// <summary>
/// Streams a .jsonl file line by line through the ingest project's own line parser (<see cref="JsonlReader"/>).
/// <c>DocumentReader</c> loads a whole file (and refuses one over <see cref="ReadOptions.MaxBytes"/>, 10 MiB by
/// default): a 100k-article file is 180 MiB, twice that as a string, which alone would break the memory target.
/// Line numbers in error texts restart at 1 per line; the bench input has no bad lines.
/// </summary>
public static class JsonlStream
{
    public static IEnumerable<Result<RawDocument>> Read(string path, ReadOptions options)
    {
        using var reader = new StreamReader(path);
        while (reader.ReadLine() is { } line)
        {
            foreach (var doc in JsonlReader.Read(path, line, options))
            {
                yield return doc;
            }
        }
    }
}
