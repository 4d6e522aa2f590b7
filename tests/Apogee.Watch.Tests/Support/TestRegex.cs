using System.Text.RegularExpressions;

namespace Apogee.Watch.Tests.Support;

/// <summary>Every regular expression of the test project.</summary>
internal static partial class TestRegex
{
    [GeneratedRegex(@"fired (?<n>one|two|three|four|five|\d+) (?:\w+ )?missiles?", RegexOptions.IgnoreCase)]
    public static partial Regex Count();

    [GeneratedRegex(@"flew (?:about |some )?(?<km>\d+) (?:km|kilometers)", RegexOptions.IgnoreCase)]
    public static partial Regex Range();

    [GeneratedRegex(@"altitude of (?:about )?(?<km>\d+) (?:km|kilometers)", RegexOptions.IgnoreCase)]
    public static partial Regex Apogee();

    [GeneratedRegex(@"<[^>]+>")]
    public static partial Regex Tag();
}
