using System.Globalization;

namespace Apogee.Ballistics;

/// <summary>
/// Reads a direction of flight as reports give it: degrees ("95"), compass points ("ENE") or words
/// ("east-northeast", "north east", "eastward"). Null when it is neither.
/// </summary>
public static class Bearings
{
    private static readonly string[] Points =
        ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];

    public static double? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var deg))
        {
            return double.IsFinite(deg) ? ((deg % 360) + 360) % 360 : null;
        }

        // "east-northeast" -> "ENE"; "eastward(s)" / "easterly" -> "E".
        var words = t.ToUpperInvariant().Replace("WARDS", string.Empty, StringComparison.Ordinal)
            .Replace("WARD", string.Empty, StringComparison.Ordinal).Replace("ERLY", string.Empty, StringComparison.Ordinal)
            .Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        var code = string.Concat(words.Select(Abbreviate));
        var index = Array.IndexOf(Points, code);
        return index < 0 ? null : index * 22.5;
    }

    private static string Abbreviate(string word) => word switch
    {
        "NORTH" => "N",
        "SOUTH" => "S",
        "EAST" => "E",
        "WEST" => "W",
        "NORTHEAST" => "NE",
        "NORTHWEST" => "NW",
        "SOUTHEAST" => "SE",
        "SOUTHWEST" => "SW",
        _ => word,
    };
}
