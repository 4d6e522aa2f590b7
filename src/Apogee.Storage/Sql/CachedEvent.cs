using Apogee.Core.Model;
using Apogee.Resolution;

namespace Apogee.Storage.Sql;

/// <summary>
/// An event as committed at revision <paramref name="Rev"/> (its updated_rev: the id of the document whose ingest last
/// changed it): the stored event JSON read back, and, once loaded, every report linked to it with its claims (the input
/// of consolidation, in report-id order), each packed (<see cref="PackedReport"/>, binary) with its id and its document's
/// content hash (<see cref="CachedReport"/>). Document ids are never reused once committed, so (id, rev) names one state.
/// </summary>
internal sealed record CachedEvent(long Rev, LaunchEvent Event, IReadOnlyList<CachedReport>? Reports)
{
    /// <summary>The consolidated event object, the list and each array's header, as counted against the budget.</summary>
    public const int Overhead = 2048;

    /// <summary>What the entry weighs in the cache's budget, in bytes (approximate: packed sizes plus fixed overheads).</summary>
    public long Weight { get; } = Overhead + (Reports?.Sum(r => r.Weight) ?? 0);

    private ShapeHull? _hull;

    /// <summary>
    /// The shapes of its reports (<see cref="ShapeHull"/>: what re-clustering needs to find the events it may share
    /// reports with), made once per state; null when the reports are not loaded. Never changed once made.
    /// </summary>
    public ShapeHull? Hull => Reports is null ? null : _hull ??= Shapes();

    /// <summary>Whether every report is a primary report with a precise date (tier 0 of <see cref="Reclusterer.Tier"/>); known with <see cref="Hull"/>.</summary>
    public bool Precise => Hull is not null && _precise;

    private bool _precise;

    private ShapeHull Shapes()
    {
        var reports = Reports!.Select(r => PackedReport.Unpack(r.Packed)).ToList();
        _precise = reports.All(r => Reclusterer.Tier(r) == 0);
        return new ShapeHull(reports.Select(r => ReportShape.Of(r.Event)));
    }
}
