using Apogee.Core.Model;

namespace Apogee.Core.Pipeline;

/// <summary>Clean: finds the article body and removes boilerplate, recording why each span went; captions are kept apart.</summary>
public interface ICleaner
{
    Result<CleanDocument> Clean(RawDocument raw);
}
