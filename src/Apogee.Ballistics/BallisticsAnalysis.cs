namespace Apogee.Ballistics;

/// <summary>
/// What the reported numbers imply. Every figure is nullable: with too few numbers the analysis says so in
/// <see cref="Status"/> and <see cref="Notes"/> instead of failing. Kilometres, km/s and minutes, rounded
/// for display; the JSON form (snake_case) is a stable contract embedded by show, the API and exports.
/// </summary>
public sealed record BallisticsAnalysis
{
    /// <summary>"ok", "partial" (range only) or "insufficient_data".</summary>
    public required string Status { get; init; }

    public TrajectoryClass? Trajectory { get; init; }

    public double? ApogeeKm { get; init; }

    public double? RangeKm { get; init; }

    /// <summary>Apogee of the minimum-energy trajectory for the reported range (surface-to-surface Keplerian).</summary>
    public double? MinEnergyApogeeKm { get; init; }

    /// <summary>Reported apogee divided by the minimum-energy apogee.</summary>
    public double? ApogeeRatio { get; init; }

    /// <summary>Time of flight of the minimum-energy trajectory for the reported range (drag-free, surface to surface).</summary>
    public double? MinEnergyFlightTimeMin { get; init; }

    /// <summary>Modelled time of flight of the reported trajectory (boost + coast).</summary>
    public double? FlightTimeMin { get; init; }

    /// <summary>Burnout speed of the flight as flown.</summary>
    public double? BurnoutSpeedKmS { get; init; }

    /// <summary>Burnout speed the same missile would reach on a standard trajectory (less gravity loss).</summary>
    public double? StandardBurnoutSpeedKmS { get; init; }

    /// <summary>Range that burnout speed gives on a standard (minimum-energy) trajectory.</summary>
    public double? StandardRangeKm { get; init; }

    /// <summary>Lowest standard range over the stated spread of the boost assumptions.</summary>
    public double? StandardRangeLowKm { get; init; }

    /// <summary>Highest standard range over the stated spread of the boost assumptions.</summary>
    public double? StandardRangeHighKm { get; init; }

    /// <summary>SRBM / MRBM / IRBM / ICBM from the standard range.</summary>
    public string? RangeClass { get; init; }

    /// <summary>Name of the <see cref="BoostProfile"/> used.</summary>
    public string? BoostProfile { get; init; }

    /// <summary>Modelled peak (impact, drag-free) speed.</summary>
    public double? PeakSpeedKmS { get; init; }

    public IReadOnlyList<ConsistencyCheck> Consistency { get; init; } = [];

    /// <summary>Modelled altitude against ground distance, launch to impact (for plots).</summary>
    public IReadOnlyList<ProfilePoint> AltitudeProfile { get; init; } = [];

    /// <summary>What the standard range rests on (null without a solution).</summary>
    public BallisticsAssumptions? Assumptions { get; init; }

    public GeoPoint? LaunchPoint { get; init; }

    public GeoPoint? ImpactPoint { get; init; }

    public IReadOnlyList<TrackPoint> GroundTrack { get; init; } = [];

    public Confidence Confidence { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
