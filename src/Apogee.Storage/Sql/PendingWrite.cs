using Apogee.Resolution;

namespace Apogee.Storage.Sql;

/// <summary>
/// An event row the writer has consolidated but not yet written in full (<see cref="CacheStage.Defer"/>): the revision
/// it is at, the consolidation, and the reports it was made from (their list summary is written with it).
/// </summary>
internal sealed record PendingWrite(long Rev, Consolidation Result, IReadOnlyList<ReportedEvent> Reports);
