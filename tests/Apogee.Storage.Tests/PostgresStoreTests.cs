namespace Apogee.Storage.Tests;

/// <summary>The store suite on a real PostgreSQL server, a fresh schema per test.</summary>
[RequiresPostgres]
public sealed class PostgresStoreTests : StoreTestsBase, IDisposable
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private bool _created;
    private bool _secondCreated;

    protected override string NewDatabase()
    {
        var url = PostgresServer.CreateSchema(_schema);
        _created = true;
        return url;
    }

    protected override string NewSecondDatabase()
    {
        var url = PostgresServer.CreateSchema(_schema + "_b");
        _secondCreated = true;
        return url;
    }

    public void Dispose()
    {
        if (_created) PostgresServer.DropSchema(_schema);
        if (_secondCreated) PostgresServer.DropSchema(_schema + "_b");
    }
}
