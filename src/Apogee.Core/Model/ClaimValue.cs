using System.Globalization;
using System.Text.Json.Serialization;
using Apogee.Core.Json;

namespace Apogee.Core.Model;

/// <summary>
/// A claim's value: a number (km, Mach, minutes), a text (a name, a class, "07:27"), or a count range.
/// Serialised as the bare JSON value the contract shows.
/// </summary>
[JsonConverter(typeof(ClaimValueJsonConverter))]
public sealed record ClaimValue
{
    private ClaimValue(double? number, string? text, CountRange? count)
    {
        Number = number;
        Text = text;
        Count = count;
    }

    public double? Number { get; }

    public string? Text { get; }

    public CountRange? Count { get; }

    public static ClaimValue Of(double number) => new(number, null, null);

    public static ClaimValue Of(string text) => new(null, text, null);

    public static ClaimValue Of(CountRange count) => new(null, null, count);

    public override string ToString() =>
        Number is { } n ? n.ToString("0.###", CultureInfo.InvariantCulture)
        : Count is { } c ? c.ToString()
        : Text ?? "";
}
