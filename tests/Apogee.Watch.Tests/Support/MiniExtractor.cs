using System.Globalization;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Watch.Tests.Support;

/// <summary>
/// The simplest real extractor for the synthetic articles of these tests (count, range, apogee, launch day = publication
/// day), standing in until Apogee.Extraction's extractor lands.
/// </summary>
public sealed class MiniExtractor : ILaunchExtractor
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five"];

    public LaunchReport Extract(CleanDocument document)
    {
        var text = TestRegex.Tag().Replace(document.Text, " ");
        if (!text.Contains("missile", StringComparison.OrdinalIgnoreCase))
        {
            return new LaunchReport(document.Name, document.Metadata.Published, false, []);
        }

        var count = TestRegex.Count().Match(text) is { Success: true } c ? Number(c.Groups["n"].Value) : (int?)null;
        var range = TestRegex.Range().Match(text) is { Success: true } r ? double.Parse(r.Groups["km"].Value, CultureInfo.InvariantCulture) : (double?)null;
        var apogee = TestRegex.Apogee().Match(text) is { Success: true } a ? double.Parse(a.Groups["km"].Value, CultureInfo.InvariantCulture) : (double?)null;
        var e = new LaunchEvent
        {
            Date = document.Metadata.Published is { } p ? DateBounds.Day(p, "published") : DateBounds.Unknown,
            Count = count is { } n ? CountRange.Exactly(n) : null,
            Category = text.Contains("ballistic", StringComparison.OrdinalIgnoreCase) ? Vocabulary.Categories.Ballistic : Vocabulary.Categories.Unknown,
            RangeKm = range,
            ApogeeKm = apogee,
        };
        return new LaunchReport(document.Name, document.Metadata.Published, true, [e]);
    }

    private static int Number(string s) =>
        Array.IndexOf(Words, s.ToLowerInvariant()) is var i and >= 0 ? i : int.Parse(s, CultureInfo.InvariantCulture);
}
