using System.Globalization;
using Apogee.Core.Storage;
using Microsoft.Net.Http.Headers;

namespace Apogee.Web.Hosting;

/// <summary>
/// ETags for read endpoints: the store's revision (it changes with every stored document) and this build of the app
/// (a new build may write the same data differently). Read before the data, so a response is never older than its
/// tag: an ingest that lands in between makes the next request miss, never serves a stale page as current.
/// </summary>
public static class ListValidator
{
    private static readonly string Build =
        typeof(ListValidator).Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture)[..8];

    /// <summary>
    /// Sets ETag and Cache-Control (clients revalidate every time) and returns 304 when the client's copy is current;
    /// null when the request must be answered (or the store has no revision).
    /// </summary>
    public static IResult? NotModified(HttpContext context, IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return NotModified(context, store.Revision());
    }

    /// <summary>As <see cref="NotModified(HttpContext, IEventStore)"/>, for a revision the caller has read (<see cref="IEventStore.ListPage"/>).</summary>
    public static IResult? NotModified(HttpContext context, long? storeRevision)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (storeRevision is not { } revision) return null;
        var tag = new EntityTagHeaderValue($"\"{revision.ToString(CultureInfo.InvariantCulture)}-{Build}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        var sent = context.Request.GetTypedHeaders().IfNoneMatch;
        return sent.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false))
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : null;
    }
}
