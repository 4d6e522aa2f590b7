namespace Apogee.Web.Hosting;

/// <summary>problem+json responses (RFC 9457) with a detail a person can act on.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail) => Make(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult NotFound(string detail) => Make(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Unauthorized(string detail) => Make(StatusCodes.Status401Unauthorized, "API key required", detail);

    public static IResult Forbidden(string detail) => Make(StatusCodes.Status403Forbidden, "Writes disabled", detail);

    public static IResult TooLarge(string detail) => Make(StatusCodes.Status413PayloadTooLarge, "Request body too large", detail);

    public static IResult Unprocessable(string detail) => Make(StatusCodes.Status422UnprocessableEntity, "Article not stored", detail);

    private static IResult Make(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);
}
