using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Storage.Rows;

/// <summary>The events.summary_json column: what a list shows of an event beyond its consolidated fields.</summary>
internal sealed record StoredSummary(int Reports, IReadOnlyList<string> Sources, IReadOnlyList<string> Conflicts)
{
    /// <summary>The summary of an event with these reports' claims and these explanations (the rules of <see cref="ListingSummary"/>).</summary>
    public static StoredSummary Of(int reports, IReadOnlyList<Claim> claims, IEnumerable<FieldExplanation> explanations) =>
        new(reports, ListingSummary.Sources(claims), ListingSummary.Listed(claims, explanations));
}
