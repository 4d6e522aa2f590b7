using Apogee.Core.Model;

namespace Apogee.Core.Storage;

/// <summary>
/// What a list shows of an event beyond its consolidated fields: who reported it and which fields the sources disagree
/// on. One rule for the writer (which stores it on the event row), the API and the exports, so they never differ.
/// </summary>
public static class ListingSummary
{
    /// <summary>A claim's value with its qualifier, as a person reads it: "about 700", "at least 2".</summary>
    public static string Display(Claim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var v = c.Value.ToString();
        return c.Qualifier switch
        {
            Vocabulary.Qualifiers.About => $"about {v}",
            Vocabulary.Qualifiers.AtLeast => $"at least {v}",
            Vocabulary.Qualifiers.MoreThan => $"more than {v}",
            Vocabulary.Qualifiers.LessThan => $"less than {v}",
            Vocabulary.Qualifiers.AtMost => $"at most {v}",
            Vocabulary.Qualifiers.UpTo => $"up to {v}",
            _ => v,
        };
    }

    /// <summary>The distinct sources of the claims, in ordinal order.</summary>
    public static IReadOnlyList<string> Sources(IEnumerable<Claim> claims) =>
        claims.Select(c => c.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Fields whose claims carry different values, or that the explanations flag: either is enough, so a disagreement
    /// is never hidden by a rule that picked one side. Ordinal order, so output is stable.
    /// </summary>
    public static IReadOnlyList<string> Conflicts(IEnumerable<Claim> claims, IEnumerable<FieldExplanation> explanations)
    {
        var flagged = explanations.Where(x => x.Conflict).Select(x => x.Field).ToHashSet(StringComparer.Ordinal);
        var disputed = claims
            .GroupBy(c => c.Field, StringComparer.Ordinal)
            .Where(g => g.Select(Display).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
            .Select(g => g.Key);
        return flagged.Union(disputed, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The disputed fields a list shows: <see cref="Conflicts"/> among the fields some claim is about (the event page
    /// shows each side of these, so a list never names a dispute the page cannot show).
    /// </summary>
    public static IReadOnlyList<string> Listed(IReadOnlyCollection<Claim> claims, IEnumerable<FieldExplanation> explanations)
    {
        var fields = claims.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        return Conflicts(claims, explanations).Where(fields.Contains).ToList();
    }

    /// <summary>The listing of a fully loaded event (stores without a stored summary, and the tests' reference).</summary>
    public static EventListing Of(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var claims = stored.Claims.Select(c => c.Claim).ToList();
        return new EventListing(stored.Id, stored.Event with { Claims = [] }, stored.Reports, Sources(claims), Listed(claims, stored.Explanations))
        {
            Catalogue = stored.Catalogue,
        };
    }
}
