using System.Data.Common;

namespace Apogee.Storage.Sql;

/// <summary>
/// What differs between SQLite and PostgreSQL; everything else (queries, resolution, consolidation) is shared SQL in
/// <see cref="SqlEventStore"/>. Both engines accept the same DML: RETURNING, ON CONFLICT DO NOTHING, LIMIT/OFFSET, @params.
/// </summary>
internal interface ISqlDialect
{
    string Name { get; }

    /// <summary>Opens a ready connection (pragmas set for SQLite).</summary>
    DbConnection Open();

    /// <summary>
    /// Starts a write transaction that excludes every other writer for its whole length, so resolution sees all
    /// earlier documents: SQLite <c>BEGIN IMMEDIATE</c>; PostgreSQL a transaction-level advisory lock.
    /// </summary>
    DbTransaction BeginWrite(DbConnection connection);

    /// <summary>
    /// "column matches any of the list parameter": Dapper expands <c>IN @list</c> into one parameter per item for
    /// SQLite, while Npgsql sends a list as one array parameter, which needs <c>= ANY(@list)</c>.
    /// </summary>
    string InList(string column, string parameter);

    /// <summary>Column types of the migration scripts: {id}, {bigint}, {real}, and {span}: whole days from earliest to latest (null if either is).</summary>
    string Types(string script);
}
