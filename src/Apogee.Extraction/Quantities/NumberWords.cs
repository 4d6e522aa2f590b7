using System.Globalization;

namespace Apogee.Extraction.Quantities;

/// <summary>Numbers written as words or digits ("two", "1,000", "4.5").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["single"] = 1, ["a single"] = 1, ["another"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["adozen"] = 12, ["dozen"] = 12,
    };

    public static double? Parse(string s)
    {
        // Digit groups may be set apart by commas or by plain, no-break or thin spaces ("1 002", "3\u00a0724.9").
        var t = s.Trim().Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u2009", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal);
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        if (Words.TryGetValue(t, out var n)) return n;

        // "twenty-three": tens and units written with a hyphen.
        var hyphen = t.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && Words.TryGetValue(t[..hyphen], out var tens) && tens % 10 == 0 && tens >= 20
            && Words.TryGetValue(t[(hyphen + 1)..], out var units) && units is >= 1 and <= 9 ? tens + units : null;
    }
}
