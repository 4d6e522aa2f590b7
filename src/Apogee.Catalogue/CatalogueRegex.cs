using System.Text.RegularExpressions;

namespace Apogee.Catalogue;

/// <summary>Every regular expression of the catalogue project, source-generated.</summary>
internal static partial class CatalogueRegex
{
    /// <summary>A CNS distance cell: "200", "200 km", "~2,000 km", "about 1,000km", "Over 4,500 km".</summary>
    [GeneratedRegex(@"^\s*(?:~|≈|approx(?:imately|\.)?\s+|about\s+|around\s+|over\s+|more than\s+|up to\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+)(?<f>\.\d+)?\s*(?:km|kilometers|kilometres)?\.?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Distance();

    /// <summary>A missile designation's family: the name up to its number, without a variant letter ("Hwasong-11A" → "Hwasong-11").</summary>
    [GeneratedRegex(@"^(?<stem>[^\d]*\d+)")]
    public static partial Regex NumberedStem();

    /// <summary>A trailing variant letter of a name without a number ("Scud-B" → "Scud").</summary>
    [GeneratedRegex(@"[\s\-][A-Z]$")]
    public static partial Regex VariantLetter();
}
