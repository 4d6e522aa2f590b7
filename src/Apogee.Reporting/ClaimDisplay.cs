using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>How a person reads a claim's value (the rule lives in <see cref="ListingSummary"/>, which the store's writer shares).</summary>
public static class ClaimDisplay
{
    /// <summary>A claim's value with its qualifier: "about 700", "at least 2".</summary>
    public static string Display(Claim c) => ListingSummary.Display(c);
}
