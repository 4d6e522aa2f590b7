namespace Apogee.Ballistics;

/// <summary>Sets reported flight time and speed against the modelled flight, with stated tolerances.</summary>
public static class ConsistencyChecker
{
    public static IReadOnlyList<ConsistencyCheck> Check(
        BallisticsInput input,
        TrajectoryClass trajectory,
        double modelledTimeMin,
        double modelledPeakSpeedKmS,
        BallisticsOptions options)
    {
        var checks = new List<ConsistencyCheck>();
        var depressed = trajectory == TrajectoryClass.Depressed;
        if (input.FlightTimeMin is { } t && double.IsFinite(t) && t > 0)
        {
            var tol = Math.Max(modelledTimeMin * options.FlightTimeTolerance, options.FlightTimeToleranceFloorMin);
            var diff = t - modelledTimeMin;
            var agrees = Math.Abs(diff) <= tol;
            var note = agrees ? BallisticsNotes.TimeAgrees
                : diff > 0 ? (depressed ? BallisticsNotes.TimeLongDepressed : BallisticsNotes.TimeLong)
                : BallisticsNotes.TimeShort;
            checks.Add(new ConsistencyCheck("flight_time_min", t, Round(modelledTimeMin, 1), Round(tol, 1), agrees, note));
        }

        if (input.SpeedMach is { } m && double.IsFinite(m) && m > 0)
        {
            var reported = m * PhysicalConstants.MachOneAtSeaLevel / PhysicalConstants.MetresPerKilometre;
            var tol = modelledPeakSpeedKmS * options.SpeedTolerance;
            var diff = reported - modelledPeakSpeedKmS;
            var agrees = Math.Abs(diff) <= tol;
            var note = agrees ? BallisticsNotes.SpeedAgrees
                : diff > 0 ? (depressed ? BallisticsNotes.SpeedHighDepressed : BallisticsNotes.SpeedHigh)
                : BallisticsNotes.SpeedLow;
            checks.Add(new ConsistencyCheck("speed_km_s", Round(reported, 3), Round(modelledPeakSpeedKmS, 3), Round(tol, 3), agrees, note));
        }

        return checks;
    }

    private static double Round(double v, int digits) => Math.Round(v, digits, MidpointRounding.AwayFromZero);
}
