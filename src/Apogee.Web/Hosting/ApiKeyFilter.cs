using System.Security.Cryptography;
using System.Text;

namespace Apogee.Web.Hosting;

/// <summary>Guards writes: refused when no key is configured, and unless the X-Api-Key header matches it.</summary>
public sealed class ApiKeyFilter(WebOptions options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (string.IsNullOrEmpty(options.ApiKey)) return Problems.Forbidden(WebErrors.WritesDisabled);
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        if (presented.Length == 0) return Problems.Unauthorized(WebErrors.KeyMissing);

        // Constant-time comparison: response timing must not reveal how much of a guessed key was right.
        var ok = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(options.ApiKey)));
        return ok ? await next(context) : Problems.Unauthorized(WebErrors.KeyWrong);
    }
}
