using Xunit.Abstractions;
using Xunit.Sdk;

namespace Apogee.Storage.Tests;

/// <summary>xunit's theory discovery, with the PostgreSQL skip of <see cref="StoreFactDiscoverer"/>.</summary>
public sealed class StoreTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var needsPg = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        if (needsPg && PostgresServer.Url is null && !PostgresServer.IsCi)
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, PostgresServer.NotConfigured, null)];
        }

        return base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}
