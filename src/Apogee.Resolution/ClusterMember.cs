namespace Apogee.Resolution;

/// <summary>
/// One report as re-clustering sees it: a key that does not depend on arrival order (the document's content hash and
/// the report's own text), the document it comes from (two reports of one document are two launches), and the report.
/// </summary>
public sealed record ClusterMember(string Key, string Document, ReportedEvent Report);
