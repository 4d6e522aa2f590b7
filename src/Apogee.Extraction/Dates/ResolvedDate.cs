using Apogee.Core.Model;

namespace Apogee.Extraction.Dates;

/// <summary>The primary launch's date interval and the weekday the text gives for it.</summary>
public sealed record ResolvedDate(DateBounds Bounds, string? Weekday);
