using System.Globalization;
using Apogee.Core.Model;

namespace Apogee.Resolution.Tests;

/// <summary>Synthetic events and reports for the table tests.</summary>
internal static class Make
{
    public static readonly SiteRef Sunan = new("Sunan", Vocabulary.SiteKinds.Facility, 39.2, 125.67);
    public static readonly SiteRef Pyongyang = new("Pyongyang", Vocabulary.SiteKinds.City, 39.03, 125.75);
    public static readonly SiteRef Sinpo = new("Sinpo", Vocabulary.SiteKinds.Facility, 40.03, 128.18);
    public static readonly SiteRef Jagang = new("Jagang", Vocabulary.SiteKinds.Province, 40.8, 126.6);
    public static readonly SiteRef Unnamed1 = new("Somewhere A", Vocabulary.SiteKinds.Facility, null, null);
    public static readonly SiteRef Unnamed2 = new("Somewhere B", Vocabulary.SiteKinds.Facility, null, null);

    public static SiteRef? Site(string? name) => name switch
    {
        null => null,
        "Sunan" => Sunan,
        "Pyongyang" => Pyongyang,
        "Sinpo" => Sinpo,
        "Jagang" => Jagang,
        "A" => Unnamed1,
        "B" => Unnamed2,
        _ => throw new ArgumentException(name),
    };

    public static DateBounds Dates(string? spec)
    {
        if (spec is null) return DateBounds.Unknown;
        var parts = spec.Split("..");
        DateOnly? P(string s) => s == "?" ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return parts.Length == 1 ? DateBounds.Day(P(parts[0])!.Value, "test") : new DateBounds(P(parts[0]), P(parts[1]), "test");
    }

    public static LaunchEvent Event(string? date, string? site = null, string? time = null, string category = Vocabulary.Categories.Ballistic, string actor = "North Korea") =>
        new() { Actor = actor, Date = Dates(date), Site = Site(site), TimeLocal = time, Category = category };

    public static IdentifiedClaim Claim(long id, string field, double value, string source, string qualifier = Vocabulary.Qualifiers.Exact) =>
        new(id, new Claim(field, ClaimValue.Of(value), qualifier, source, null, "synthetic sentence", 0, 18));

    public static IdentifiedClaim Text(long id, string field, string value, string source) =>
        new(id, new Claim(field, ClaimValue.Of(value), Vocabulary.Qualifiers.Exact, source, null, "synthetic sentence", 0, 18));

    public static ReportedEvent Report(long doc, LaunchEvent e, params IdentifiedClaim[] claims) => new(doc, Vocabulary.Roles.Primary, e, claims);

    public static ReportedEvent Reference(long doc, LaunchEvent e, params IdentifiedClaim[] claims) => new(doc, Vocabulary.Roles.Reference, e, claims);
}
