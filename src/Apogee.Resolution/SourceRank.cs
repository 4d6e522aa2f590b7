using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// How much a source is trusted for a field. Figures: the launching side's neighbours' militaries track launches with
/// radar, so South Korea, Japan and the United States come first; then other states (North Korea's own statements, China,
/// Russia); then media; unattributed last. Names: North Korea names its own weapons, so it comes first for names.
/// Lower is better.
/// </summary>
public static class SourceRank
{
    public static int ForFigure(string source) => source switch
    {
        Vocabulary.Sources.SouthKorea or Vocabulary.Sources.Japan or Vocabulary.Sources.UnitedStates => 0,
        Vocabulary.Sources.NorthKorea or Vocabulary.Sources.China or Vocabulary.Sources.Russia => 1,
        Vocabulary.Sources.Media => 2,
        _ => 3,
    };

    public static int ForName(string source) => source == Vocabulary.Sources.NorthKorea ? 0 : ForFigure(source) + 1;

    /// <summary>An exact figure beats an approximate one, which beats a bound ("at least", "up to").</summary>
    public static int Qualifier(string qualifier) => qualifier switch
    {
        Vocabulary.Qualifiers.Exact => 0,
        Vocabulary.Qualifiers.About => 1,
        _ => 2,
    };
}
