namespace Apogee.Web.Model;

/// <summary>The dashboard's aggregate view of the matching events: per-month counts by category and per-site counts.</summary>
public sealed record Overview(int Total, int Undated, IReadOnlyList<MonthCount> Months, IReadOnlyList<SiteCount> Sites);
