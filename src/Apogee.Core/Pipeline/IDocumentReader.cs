using Apogee.Core.Model;

namespace Apogee.Core.Pipeline;

/// <summary>
/// Read: turns paths (files, folders, .jsonl, "-" for stdin, URLs) into raw documents with metadata.
/// Never throws for one bad input: a failure is a <see cref="Result{T}"/> whose message names the input and the problem.
/// </summary>
public interface IDocumentReader
{
    IEnumerable<Result<RawDocument>> Read(IReadOnlyList<string> paths, ReadOptions options);
}
