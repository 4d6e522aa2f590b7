using System.Text;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest;

/// <summary>STUB (to be replaced by the ingest work): reads .txt files and folders of them, nothing else.</summary>
public sealed class DocumentReader : IDocumentReader
{
    public IEnumerable<Result<RawDocument>> Read(IReadOnlyList<string> paths, ReadOptions options)
    {
        foreach (var p in paths)
        {
            var files = Directory.Exists(p) ? Directory.GetFiles(p, "*.txt").Order(StringComparer.Ordinal).ToArray() : [p];
            foreach (var f in files)
            {
                yield return File.Exists(f)
                    ? Result<RawDocument>.Ok(new RawDocument(Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f, Encoding.UTF8), ContentKind.Text, new DocumentMetadata(options.DefaultPublished)))
                    : Result<RawDocument>.Fail($"{f}: no such file or folder");
            }
        }
    }
}
