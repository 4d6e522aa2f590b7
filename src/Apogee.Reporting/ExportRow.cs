using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>
/// One event flattened for export: the consolidated figures, who reported it and what the ballistics model makes
/// of its figures. Built once per event so CSV, GeoJSON and JSON carry the same values.
/// </summary>
public sealed record ExportRow(StoredEvent Stored, Ballistics.BallisticsAnalysis? Ballistics, IReadOnlyList<string> Sources, IReadOnlyList<string> Conflicts)
{
    public static ExportRow From(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var sources = stored.Claims.Select(c => c.Claim.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ExportRow(stored, EventBallistics.Analyze(stored.Event), sources, EventConflicts.Fields(stored));
    }
}
