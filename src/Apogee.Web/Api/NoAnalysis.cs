using Apogee.Core.Storage;

namespace Apogee.Web.Api;

/// <summary>Used until a ballistics analysis is wired in: the panel says none is available.</summary>
public sealed class NoAnalysis : IEventAnalysis
{
    public object? Analyse(StoredEvent stored) => null;
}
