using System.Text;
using Microsoft.AspNetCore.Http;

namespace Apogee.Watch.Tests.Support;

/// <summary>Canned behaviours for scripted routes: content with validators, errors, slowness, endless bodies, redirects.</summary>
public static class Responses
{
    public static async Task Content(HttpContext ctx, string contentType, string body, string? etag = null)
    {
        if (etag is not null)
        {
            if (ctx.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                ctx.Response.StatusCode = 304;
                ctx.Response.Headers.ETag = etag;
                return;
            }

            ctx.Response.Headers.ETag = etag;
        }

        ctx.Response.ContentType = contentType;
        await ctx.Response.WriteAsync(body, Encoding.UTF8);
    }

    public static Func<HttpContext, Task> Status(int status) => ctx =>
    {
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public static Func<HttpContext, Task> Slow(TimeSpan delay, string contentType, string body) => async ctx =>
    {
        try
        {
            await Task.Delay(delay, ctx.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await Content(ctx, contentType, body);
    };

    /// <summary>A body of <paramref name="bytes"/> bytes with no Content-Length, so only a streaming cap can stop it.</summary>
    public static Func<HttpContext, Task> Chunked(long bytes) => async ctx =>
    {
        ctx.Response.ContentType = "text/html";
        var block = Encoding.ASCII.GetBytes(new string('x', 8192));
        try
        {
            for (long sent = 0; sent < bytes; sent += block.Length)
            {
                await ctx.Response.Body.WriteAsync(block, ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    };

    public static Func<HttpContext, Task> Redirect(string to) => ctx =>
    {
        ctx.Response.StatusCode = 302;
        ctx.Response.Headers.Location = to;
        return Task.CompletedTask;
    };
}
