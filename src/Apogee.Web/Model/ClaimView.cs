using Apogee.Core.Model;

namespace Apogee.Web.Model;

/// <summary>A claim as the event page shows it: value, qualifier, who said it, the verbatim quote and where it sits in its article.</summary>
public sealed record ClaimView(
    long Id,
    string Field,
    ClaimValue Value,
    string Display,
    string Qualifier,
    string Source,
    string? Speaker,
    string Quote,
    int Start,
    int End,
    long DocumentId,
    string DocumentName,
    string? Outlet,
    string Role);
