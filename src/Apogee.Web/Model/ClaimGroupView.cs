using Apogee.Core.Model;

namespace Apogee.Web.Model;

/// <summary>
/// Claims of one source that say the same thing (field, value with qualifier): shown once, with the number of quotes
/// behind it; <see cref="Claims"/> keeps each quote with its speaker, offsets and document.
/// </summary>
public sealed record ClaimGroupView(string Field, ClaimValue Value, string Display, string Qualifier, int Quotes, IReadOnlyList<ClaimView> Claims);
