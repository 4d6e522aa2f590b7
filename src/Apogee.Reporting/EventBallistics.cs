using System.Text.Json;
using Apogee.Ballistics;
using Apogee.Core.Model;

namespace Apogee.Reporting;

/// <summary>
/// The one mapping from a consolidated event to the ballistics model's input, used by `apogee show`, the API's
/// event page and every export, so they can never disagree about what an event's figures imply.
/// </summary>
public static class EventBallistics
{
    /// <summary>The event's reported figures, its site's coordinates, its direction as a bearing and its class/category as hints.</summary>
    public static BallisticsInput Input(LaunchEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new BallisticsInput(
            e.ApogeeKm, e.RangeKm, e.FlightTimeMin, e.SpeedMach, e.Site?.Lat, e.Site?.Lon, Bearings.Parse(e.Direction), e.RangeClass, e.Category);
    }

    /// <summary>
    /// The analysis, or null when the event reports neither a range nor an apogee: most reports give no figures
    /// at all, and an "insufficient data" block on every one of them would only be noise.
    /// </summary>
    public static BallisticsAnalysis? Analyze(LaunchEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.RangeKm is null && e.ApogeeKm is null ? null : BallisticsAnalyzer.Analyze(Input(e));
    }

    /// <summary>A trajectory class as the analysis' JSON writes it ("lofted", "minimum_energy", "depressed").</summary>
    public static string? TrajectoryName(TrajectoryClass? t) =>
        t is { } v ? JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()) : null;
}
