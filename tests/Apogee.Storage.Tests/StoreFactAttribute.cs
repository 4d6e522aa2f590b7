using Xunit.Sdk;

namespace Apogee.Storage.Tests;

/// <summary>
/// A fact of the shared store suite. On a class marked <see cref="RequiresPostgresAttribute"/> it is reported as skipped
/// when APOGEE_TEST_POSTGRES is unset on a developer machine; under CI=true it runs and fails with a clear message instead.
/// </summary>
[XunitTestCaseDiscoverer("Apogee.Storage.Tests.StoreFactDiscoverer", "Apogee.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
}
