using Apogee.Core.Storage;

namespace Apogee.Storage;

/// <summary>STUB (to be replaced by the storage work): opens the store a --db value names.</summary>
public static class EventStoreFactory
{
    public static IEventStore Open(string spec) => throw new NotSupportedException($"storage not built yet: {spec}");
}
