using System.Text.RegularExpressions;

namespace Apogee.Cli.Evaluation;

/// <summary>The scorer's regular expressions (the same as score.py's), in one place.</summary>
internal static partial class ScorerPatterns
{
    [GeneratedRegex("[a-z0-9]+", RegexOptions.CultureInvariant)]
    internal static partial Regex Word();

    [GeneratedRegex("[^a-z0-9]", RegexOptions.CultureInvariant)]
    internal static partial Regex NotAlnum();
}
