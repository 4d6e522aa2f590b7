using Apogee.Core.Model;

namespace Apogee.Extraction;

/// <summary>
/// How a consolidated figure is chosen from claims (documented in docs/EXTRACTION.md): the launching side's
/// neighbours' militaries (South Korea, then Japan) over the United States, the launching state, media and the
/// reporter's own words; then an exact or approximate figure over a bound; then the earliest in the text.
/// </summary>
public static class Consolidation
{
    public static int SourceRank(string source) => source switch
    {
        Vocabulary.Sources.SouthKorea => 0,
        Vocabulary.Sources.Japan => 1,
        Vocabulary.Sources.UnitedStates => 2,
        Vocabulary.Sources.NorthKorea => 3,
        Vocabulary.Sources.Media => 4,
        Vocabulary.Sources.Unattributed => 5,
        _ => 6,
    };

    public static int QualifierRank(string qualifier) => qualifier switch
    {
        Vocabulary.Qualifiers.Exact => 0,
        Vocabulary.Qualifiers.About => 1,
        _ => 2,
    };

    public static Claim? Pick(IEnumerable<Claim> claims, string field) =>
        claims.Where(c => c.Field == field)
            .OrderBy(c => SourceRank(c.Source))
            .ThenBy(c => QualifierRank(c.Qualifier))
            .ThenBy(c => c.Start)
            .FirstOrDefault();
}
