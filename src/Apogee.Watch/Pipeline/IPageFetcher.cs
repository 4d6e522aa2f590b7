using Apogee.Core.Model;
using Apogee.Watch.Http;

namespace Apogee.Watch.Pipeline;

/// <summary>Page: fetches an article URL as a raw HTML document carrying what is already known of it (feed title, date).</summary>
public interface IPageFetcher
{
    Task<PageFetch> FetchAsync(Uri url, Validators validators, DocumentMetadata known, CancellationToken cancellationToken);
}
