using Apogee.Core.Model;

namespace Apogee.Resolution;

/// <summary>
/// What a report's date interval means for matching. Extraction states where each interval comes from (its
/// <see cref="DateBounds.Basis"/>, worded by the extraction's DateResolver); two of those bases are guesses rather than
/// evidence, and resolution reads them for what they are:
/// <list type="bullet">
/// <item>"no day: published-1..published": the report names no day; the contract's guess is the day before
/// publication, but a story often runs days later ("days after North Korea test-launched ..."). What the report
/// really says is "on or before publication, recently": its <em>publication window</em>, the week before it.</item>
/// <item>"officeholders in office": no publication day either; a term of office bounds the date by months or years,
/// so an open end is not closed at a week.</item>
/// </list>
/// </summary>
public static class ReportDates
{
    /// <summary>How far before publication a news report's launch may be: a week.</summary>
    public const int WindowDays = 7;

    private const string NoDayBasis = "no day";

    private const string OfficeholdersBasis = "officeholders";

    public static bool IsPublicationWindow(DateBounds d) =>
        d.Latest is not null && d.Basis.StartsWith(NoDayBasis, StringComparison.Ordinal);

    /// <summary>
    /// The interval used for matching. A primary report is news: "on or before the publication day" (or the no-day
    /// guess) means within the week before it; a lower bound from the latest date in the text closes a week later. A
    /// lower bound from a term of office stays open, and a reference's open bound stays open (it may name any earlier
    /// launch).
    /// </summary>
    public static DateBounds ForMatching(LaunchEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var d = e.Date;
        if (e.Role != Vocabulary.Roles.Primary) return d;
        if (IsPublicationWindow(d)) return d with { Earliest = d.Latest!.Value.AddDays(-WindowDays) };
        return (d.Earliest, d.Latest) switch
        {
            (null, { } hi) => d with { Earliest = hi.AddDays(-WindowDays) },
            ({ } lo, null) when !d.Basis.StartsWith(OfficeholdersBasis, StringComparison.Ordinal) => d with { Latest = lo.AddDays(WindowDays) },
            _ => d,
        };
    }

    /// <summary>Days from the first to the last possible day; unbounded is int.MaxValue.</summary>
    public static int Width(DateBounds d) => d is { Earliest: { } lo, Latest: { } hi } ? hi.DayNumber - lo.DayNumber : int.MaxValue;
}
