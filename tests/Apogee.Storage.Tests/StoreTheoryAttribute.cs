using Xunit.Sdk;

namespace Apogee.Storage.Tests;

/// <summary>A theory of the shared store suite, skipped like <see cref="StoreFactAttribute"/> when PostgreSQL is not configured.</summary>
[XunitTestCaseDiscoverer("Apogee.Storage.Tests.StoreTheoryDiscoverer", "Apogee.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute
{
}
