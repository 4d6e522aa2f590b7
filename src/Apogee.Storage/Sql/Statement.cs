using System.Data;
using System.Data.Common;

namespace Apogee.Storage.Sql;

/// <summary>
/// One SQL text with its parameters created once and only their values reset per execution: the statement is prepared
/// once per write transaction instead of once per row, and nothing is looked up by name through Dapper on the hot path.
/// Parameter names carry their '@' so Microsoft.Data.Sqlite binds them without searching prefixes.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private bool _prepared;

    public Statement(DbConnection connection, DbTransaction transaction, string sql, params (string Name, DbType Type)[] parameters)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = new DbParameter[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = _command.CreateParameter();
            p.ParameterName = "@" + parameters[i].Name;
            p.DbType = parameters[i].Type;
            _command.Parameters.Add(p);
            _parameters[i] = p;
        }
    }

    /// <summary>Runs the statement with these values (in declaration order; null is SQL NULL); the first column of the first row, or null.</summary>
    public long? Scalar(params object?[] values)
    {
        Bind(values);
        var result = _command.ExecuteScalar();
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the statement and returns the first column of every row (ids a RETURNING clause gives back).</summary>
    public List<long> Longs(params object?[] values)
    {
        Bind(values);
        var found = new List<long>();
        using var reader = _command.ExecuteReader();
        while (reader.Read()) found.Add(reader.GetInt64(0));
        return found;
    }

    /// <summary>Runs the statement and returns every row, each read by <paramref name="read"/>.</summary>
    public List<T> Rows<T>(Func<DbDataReader, T> read, params object?[] values)
    {
        Bind(values);
        var found = new List<T>();
        using var reader = _command.ExecuteReader();
        while (reader.Read()) found.Add(read(reader));
        return found;
    }

    public void Execute(params object?[] values)
    {
        Bind(values);
        _command.ExecuteNonQuery();
    }

    private void Bind(object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
        if (_prepared) return;
        _command.Prepare();
        _prepared = true;
    }

    public void Dispose() => _command.Dispose();
}
