using Apogee.Core.Storage;

namespace Apogee.Web.Api;

/// <summary>The event page's ballistics panel: an analysis object per event, or null when none can be made.</summary>
public interface IEventAnalysis
{
    object? Analyse(StoredEvent stored);
}
