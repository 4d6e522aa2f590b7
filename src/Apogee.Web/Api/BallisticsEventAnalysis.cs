using System.Text.Json;
using Apogee.Ballistics;
using Apogee.Core.Storage;
using Apogee.Reporting;

namespace Apogee.Web.Api;

/// <summary>
/// The event page's ballistics panel: the consolidated figures of a launch through <see cref="EventBallistics"/>
/// (the mapping `apogee show` and the exports use too). Returned as the analysis' own JSON form
/// (<see cref="BallisticsJson"/>), so the API embeds exactly what `apogee ballistics` prints.
/// </summary>
public sealed class BallisticsEventAnalysis : IEventAnalysis
{
    public object? Analyse(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (EventBallistics.Analyze(stored.Event) is not { } analysis) return null;
        using var doc = JsonDocument.Parse(BallisticsJson.Serialize(analysis, indented: false));
        return doc.RootElement.Clone();
    }
}
