namespace Apogee.Web.Model;

/// <summary>Launches in one month ("YYYY-MM", by earliest date) of one category: a timeline bar segment.</summary>
public sealed record MonthCount(string Month, string Category, int Count);
