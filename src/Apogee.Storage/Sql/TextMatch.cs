namespace Apogee.Storage.Sql;

/// <summary>
/// The events whose quotes hold a text search, as of one store revision: in listing order (a text-only page is a slice
/// of it) and as a set (to meet the other filters' ids).
/// </summary>
internal sealed record TextMatch(long[] InListingOrder, HashSet<long> Set);
