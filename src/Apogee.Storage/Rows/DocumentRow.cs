namespace Apogee.Storage.Rows;

/// <summary>A documents row as Dapper reads it (mutable only so Dapper can fill it; converted at once to a record).</summary>
internal sealed class DocumentRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Origin { get; set; } = "";
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public string? Published { get; set; }
    public string? Title { get; set; }
    public string Text { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public long Relevant { get; set; }
    public string RemovedJson { get; set; } = "[]";
    public string CaptionsJson { get; set; } = "[]";

    public const string Columns =
        "id AS Id, name AS Name, origin AS Origin, url AS Url, outlet AS Outlet, published AS Published, title AS Title, " +
        "text AS Text, content_hash AS ContentHash, relevant AS Relevant, removed_json AS RemovedJson, captions_json AS CaptionsJson";
}
