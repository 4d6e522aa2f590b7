using System.Text.Json;
using Apogee.Ballistics;
using Apogee.Core.Storage;

namespace Apogee.Web.Api;

/// <summary>
/// The event page's ballistics panel: the consolidated figures of a launch through <see cref="BallisticsAnalyzer"/>.
/// Returned as the analysis' own JSON form (<see cref="BallisticsJson"/>), so the API embeds exactly what `apogee ballistics` prints.
/// </summary>
public sealed class BallisticsEventAnalysis : IEventAnalysis
{
    public object? Analyse(StoredEvent stored)
    {
        var e = stored.Event;
        if (e.RangeKm is null && e.ApogeeKm is null) return null;
        var input = new BallisticsInput(
            e.ApogeeKm, e.RangeKm, e.FlightTimeMin, e.SpeedMach, e.Site?.Lat, e.Site?.Lon, Bearings.Parse(e.Direction), e.RangeClass, e.Category);
        var analysis = BallisticsAnalyzer.Analyze(input);
        using var doc = JsonDocument.Parse(BallisticsJson.Serialize(analysis, indented: false));
        return doc.RootElement.Clone();
    }
}
