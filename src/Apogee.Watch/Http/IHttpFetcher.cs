namespace Apogee.Watch.Http;

/// <summary>Fetch: one polite, bounded GET (conditional when validators are known). Never throws for HTTP or network trouble.</summary>
public interface IHttpFetcher
{
    Task<FetchResult> GetAsync(Uri url, Validators validators, CancellationToken cancellationToken);
}
