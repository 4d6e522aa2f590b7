namespace Apogee.Storage.Tests;

/// <summary>Marks a test class that needs the PostgreSQL server named by APOGEE_TEST_POSTGRES.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute
{
}
