using Xunit.Abstractions;
using Xunit.Sdk;

namespace Apogee.Storage.Tests;

/// <summary>Skips PostgreSQL facts locally when no server is configured (xunit 2 has no run-time skip).</summary>
public sealed class StoreFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPg = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        if (needsPg && PostgresServer.Url is null && !PostgresServer.IsCi)
        {
            yield return new XunitSkippedDataRowTestCase(sink, display, options, testMethod, PostgresServer.NotConfigured, null);
        }
        else
        {
            yield return new XunitTestCase(sink, display, options, testMethod);
        }
    }
}
