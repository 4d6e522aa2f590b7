namespace Apogee.Storage.Tests;

/// <summary>The store suite on a real PostgreSQL server, a fresh schema per test.</summary>
[RequiresPostgres]
public sealed class PostgresStoreTests : StoreTestsBase, IDisposable
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private bool _created;
    private readonly List<string> _seconds = [];

    protected override string NewDatabase()
    {
        var url = PostgresServer.CreateSchema(_schema);
        _created = true;
        return url;
    }

    /// <summary>Another schema each call: a test that compares several arrival orders needs a fresh store for each.</summary>
    protected override string NewSecondDatabase()
    {
        var schema = $"{_schema}_b{_seconds.Count + 1}";
        var url = PostgresServer.CreateSchema(schema);
        _seconds.Add(schema);
        return url;
    }

    [Fact]
    public void Connections_plan_every_statement_for_its_own_values()
    {
        // A generic plan for a prepared range filter sorted every matching row; the session must plan per execution.
        var dialect = new Postgres.PostgresDialect(StoreSpec.Parse(NewDatabase()).Value.Target);
        using var c = dialect.Open();
        Assert.Equal("force_custom_plan", Dapper.SqlMapper.ExecuteScalar<string>(c, "SHOW plan_cache_mode"));
    }

    public void Dispose()
    {
        if (_created) PostgresServer.DropSchema(_schema);
        foreach (var schema in _seconds) PostgresServer.DropSchema(schema);
    }
}
