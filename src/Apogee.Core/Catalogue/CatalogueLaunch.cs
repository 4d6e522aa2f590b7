namespace Apogee.Core.Catalogue;

/// <summary>
/// One launch of the reference catalogue (the CNS North Korea Missile Test Database): the rows of one local day and one
/// facility folded into one launch with its <see cref="Count"/> of missiles. <see cref="Id"/> is 0 until stored.
/// </summary>
/// <param name="Day">The local (Korean) day where the row gives it, else the row's date (mostly UTC).</param>
/// <param name="Missile">The distinct missile names of the rows, joined with " / " (null when every row says Unknown).</param>
/// <param name="ApogeeKm">The highest apogee any row gives; null when none does.</param>
/// <param name="DistanceKm">The longest distance travelled any row gives; null when none does.</param>
/// <param name="Lines">Where the rows came from, e.g. "tests.csv:2-4": what an analyst opens to check.</param>
public sealed record CatalogueLaunch(
    long Id,
    DateOnly Day,
    string Actor,
    string? Missile,
    string? MissileType,
    string? Facility,
    double? Lat,
    double? Lon,
    int Count,
    double? ApogeeKm,
    double? DistanceKm,
    string? Outcome,
    string Lines)
{
    /// <summary>The launch's identity within the catalogue: its day and facility, case and spacing ignored.</summary>
    public string Key => KeyOf(Day, Facility);

    public static string KeyOf(DateOnly day, string? facility) =>
        day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "|" +
        string.Join(' ', (facility ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when the two carry the same facts (the id and the source lines aside): re-importing it changes nothing.</summary>
    public bool SameFacts(CatalogueLaunch other) =>
        other is not null && this with { Id = 0, Lines = "" } == other with { Id = 0, Lines = "" };
}
