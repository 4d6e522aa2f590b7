using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Reporting.Tests;

/// <summary>Hand-built stored events for the writers; all text is synthetic.</summary>
internal static class Events
{
    public static StoredEvent Stored(long id, LaunchEvent e, IReadOnlyList<StoredClaim>? claims = null, IReadOnlyList<FieldExplanation>? explanations = null, params string[] documents) =>
        new(id, e, documents.Length == 0 ? ["doc-" + id] : documents, claims ?? [], explanations ?? []);

    public static StoredClaim Claim(long id, string field, double value, string source, string qualifier = Vocabulary.Qualifiers.Exact) =>
        new(id, 1, "doc", null, 1, Vocabulary.Roles.Primary, new Claim(field, ClaimValue.Of(value), qualifier, source, null, "A synthetic quote.", 0, 18));

    /// <summary>700 km with a 50 km apogee from a placed site, flying east: a depressed flight with an impact point.</summary>
    public static LaunchEvent Flat { get; } = new()
    {
        Date = DateBounds.Day(new DateOnly(2024, 4, 2), "explicit date"),
        Category = Vocabulary.Categories.Ballistic,
        RangeClass = Vocabulary.RangeClasses.Srbm,
        Site = new SiteRef("Testpad", Vocabulary.SiteKinds.Facility, 39.5, 125.5),
        Direction = "east",
        RangeKm = 700,
        ApogeeKm = 50,
    };
}
