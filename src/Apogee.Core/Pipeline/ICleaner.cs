using Apogee.Core.Model;

namespace Apogee.Core.Pipeline;

/// <summary>Clean: finds the article body and removes boilerplate, recording why each span went; captions are kept apart.</summary>
public interface ICleaner
{
    Result<CleanDocument> Clean(RawDocument raw);

    /// <summary>
    /// As <see cref="Clean(RawDocument)"/>, giving up with <see cref="OperationCanceledException"/> once
    /// <paramref name="cancel"/> is cancelled (the document's time budget). A cleaner that does not check it finishes.
    /// </summary>
    Result<CleanDocument> Clean(RawDocument raw, CancellationToken cancel) => Clean(raw);
}
