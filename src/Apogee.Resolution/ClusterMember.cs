namespace Apogee.Resolution;

/// <summary>
/// One report as re-clustering sees it: a key that does not depend on arrival order (the document's content hash and
/// the report's own text), the document it comes from (two reports of one document are two launches), and the report.
/// </summary>
/// <remarks>
/// The key may be given as a head and a tail made only when needed (<see cref="CompareKeys"/>): keys whose heads differ
/// before either head ends are ordered by the heads alone. The store's head is the content hash and role, its tail the
/// report's JSON, so the JSON is written only to order two reports of one document with the same role.
/// </remarks>
public sealed class ClusterMember
{
    private readonly Func<string>? _tail;
    private string? _key;
    private ReportShape? _shape;

    public ClusterMember(string key, string document, ReportedEvent report)
    {
        ArgumentNullException.ThrowIfNull(key);
        (_key, Head, Document, Report) = (key, key, document, report);
    }

    public ClusterMember(string head, Func<string> tail, string document, ReportedEvent report)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(tail);
        (_tail, Head, Document, Report) = (tail, head, document, report);
    }

    /// <summary>The start of <see cref="Key"/>.</summary>
    public string Head { get; }

    /// <summary>The whole key, ordinal order (made from head and tail on first use).</summary>
    public string Key => _key ??= Head + _tail!();

    public string Document { get; }

    public ReportedEvent Report { get; }

    /// <summary>What decides whether the report could match an event (<see cref="ReportShape"/>), made on first use.</summary>
    public ReportShape Shape => _shape ??= ReportShape.Of(Report.Event);

    /// <summary>Ordinal order of the keys; the tails are made only when the heads agree as far as the shorter goes.</summary>
    public static int CompareKeys(ClusterMember a, ClusterMember b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var heads = string.CompareOrdinal(a.Head, 0, b.Head, 0, Math.Min(a.Head.Length, b.Head.Length));
        return heads != 0 ? heads : string.CompareOrdinal(a.Key, b.Key);
    }
}
