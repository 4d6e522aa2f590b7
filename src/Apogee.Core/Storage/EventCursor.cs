using System.Globalization;

namespace Apogee.Core.Storage;

/// <summary>
/// A position in the listing order (earliest date, undated last, then id): the page after it starts past this row,
/// however deep, by an index seek rather than by skipping rows. Written <c>2024-05-01_123</c>, or <c>_123</c> for an
/// undated event; clients treat it as opaque and send back what a page's <c>next</c> gave.
/// </summary>
public sealed record EventCursor(DateOnly? Earliest, long Id)
{
    public override string ToString() =>
        (Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "") + "_" + Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The cursor written by <see cref="ToString"/>; null for anything else.</summary>
    public static EventCursor? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = text.LastIndexOf('_');
        if (cut < 0 || !long.TryParse(text.AsSpan(cut + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) return null;
        if (cut == 0) return new EventCursor(null, id);
        return DateOnly.TryParseExact(text.AsSpan(0, cut), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new EventCursor(day, id)
            : null;
    }
}
