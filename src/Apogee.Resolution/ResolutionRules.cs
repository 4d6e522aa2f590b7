namespace Apogee.Resolution;

/// <summary>The rule texts explanations carry: one place, so `apogee show` and the docs say the same thing.</summary>
public static class ResolutionRules
{
    public const string Figure =
        "claims ranked: South Korea/Japan/United States militaries over other states over media over unattributed; " +
        "an exact figure over an approximate one over a bound; then the most-reported value; then the larger value";

    public const string Name =
        "North Korea's own name first, then the militaries, media, unattributed; then the most-reported; then alphabetical";

    public const string Text =
        "the value primary reports carry, best-sourced claim first (militaries over media), then the most-reported; then alphabetical";

    public const string FromReports =
        "no claims for this field: the value the reports carry, primary reports first, then the most-reported";

    public const string DateIntersection = "intersection of the reports' date intervals";

    public const string DateWindowIntersection =
        "intersection of the reports' date intervals, a report that names no day counting the week before its publication";

    public const string DateConflict =
        "the reports' date intervals do not overlap: the interval most reports give, then the narrowest, then the earliest";

    public const string Site = "the most specific site the reports name (facility over city over county over province over region), then the most-reported";

    public const string ReferenceOnly = "known only from reference mentions: no report about this launch yet";
}
