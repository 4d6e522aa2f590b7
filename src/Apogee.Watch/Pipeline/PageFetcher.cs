using Apogee.Core.Model;
using Apogee.Watch.Http;

namespace Apogee.Watch.Pipeline;

/// <summary>Turns a fetched page into a raw document named after its URL; plain-text responses stay text, the rest is HTML.</summary>
public sealed class PageFetcher(IHttpFetcher fetcher) : IPageFetcher
{
    public async Task<PageFetch> FetchAsync(Uri url, Validators validators, DocumentMetadata known, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.GetAsync(url, validators, cancellationToken).ConfigureAwait(false);
        if (fetched.Status != FetchStatus.Fetched)
        {
            return new PageFetch(fetched.Status, null, fetched.Validators, fetched.Error, fetched.Transient);
        }

        if (string.IsNullOrWhiteSpace(fetched.Body))
        {
            return new PageFetch(FetchStatus.Failed, null, Validators.None, WatchErrors.EmptyPage(url));
        }

        var kind = fetched.ContentType is "text/plain" ? ContentKind.Text : ContentKind.Html;
        var metadata = known.Or(new DocumentMetadata(Url: url.AbsoluteUri, Outlet: url.Host));
        var doc = new RawDocument(DocumentNames.For(url), url.AbsoluteUri, fetched.Body, kind, metadata);
        return new PageFetch(FetchStatus.Fetched, doc, fetched.Validators);
    }
}
