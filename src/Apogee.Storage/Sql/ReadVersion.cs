using System.Data.Common;
using Dapper;

namespace Apogee.Storage.Sql;

/// <summary>
/// What a reader sees changing, read in one query: the last document (every ingest inserts one in the transaction
/// that changes events) and the last catalogue import that changed the catalogue (it relinks events without a
/// document). Both only grow, so their sum is a stamp that moves whenever either does: the HTTP validator and the key
/// of the readers' caches. The writer keeps using the document id alone (<see cref="SqlEventStore.RevisionSql"/>):
/// an event's updated_rev names a document.
/// </summary>
internal readonly record struct ReadVersion(long Documents, long Catalogue)
{
    public long Revision => Documents + Catalogue;

    private const string Sql = "SELECT (SELECT MAX(id) FROM documents), (SELECT MAX(id) FROM catalogue_imports)";

    public static ReadVersion Of(DbConnection c)
    {
        var (documents, catalogue) = c.QuerySingle<(long?, long?)>(Sql);
        return new ReadVersion(documents ?? 0, catalogue ?? 0);
    }
}
