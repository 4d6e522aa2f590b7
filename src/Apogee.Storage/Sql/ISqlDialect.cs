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

    /// <summary>
    /// Whether a list parameter travels as one array (PostgreSQL), so a set of thousands of ids is one parameter; SQLite
    /// gets one parameter per item and a limit on how many.
    /// </summary>
    bool ArrayParameters { get; }

    /// <summary>
    /// The range column as a page's filter writes it. SQLite: <c>+range_km</c>, the unary plus keeps its planner
    /// walking the listing index and stopping after one page instead of reading the range index and sorting every
    /// match, wide JSON and all. PostgreSQL: <c>range_km</c>, its planner reads the range index and sorts the few
    /// matches (with the plus, a sequential scan: 65 ms a page at 100k events).
    /// </summary>
    string PageRangeColumn { get; }

    /// <summary>Stores the searchable words of one report's quotes (@id: the report id, @text: its quotes, one a line).</summary>
    string ReportTextInsert { get; }

    /// <summary>Forgets the words of a report (@id) that re-clustering removes.</summary>
    string ReportTextDelete { get; }

    /// <summary>A subquery of the ids of reports whose quotes hold <paramref name="search"/>'s words (as @text).</summary>
    string ReportTextMatch(TextSearch search);

    /// <summary>The @text value for <see cref="ReportTextMatch"/>.</summary>
    string ReportTextArgument(TextSearch search);

    /// <summary>Column types of the migration scripts: {id}, {bigint}, {real}, and {span}: whole days from earliest to latest (null if either is); {report_text_table}, {report_text_index} and {report_text_fill}: the full-text index of report quotes.</summary>
    string Types(string script);
}
