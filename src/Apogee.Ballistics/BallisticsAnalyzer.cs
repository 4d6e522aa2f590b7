namespace Apogee.Ballistics;

/// <summary>
/// The facade every other part calls: reported figures in, what they imply out. Never throws on missing or
/// absurd numbers; it says "insufficient data" and lists why in the notes.
/// </summary>
public static class BallisticsAnalyzer
{
    /// <summary>Largest range the model accepts (km): half the Earth's circumference.</summary>
    public static double MaxRangeKm => FlightSolver.GlobalRangeKm;

    /// <summary>Largest apogee the model accepts (km); above this it is not a missile flight.</summary>
    public const double MaxApogeeKm = 40_000;

    public static BallisticsAnalysis Analyze(BallisticsInput input, BallisticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var o = options ?? BallisticsOptions.Default;
        var notes = new List<string>();
        var apogee = Clean("apogee_km", input.ApogeeKm, MaxApogeeKm, notes);
        var range = Clean("range_km", input.RangeKm, MaxRangeKm - 1, notes);
        var (launch, impact, track) = Geometry(input, range, o, notes);
        var nonBallisticHint = new[] { input.ClassHint, input.CategoryHint }.FirstOrDefault(RangeClasses.IsNonBallistic);
        var nonBallistic = nonBallisticHint is not null;
        if (nonBallistic)
        {
            notes.Add(BallisticsNotes.NonBallistic(nonBallisticHint!));
        }

        var statedClass = RangeClasses.FromHint(input.ClassHint) ?? RangeClasses.FromHint(input.CategoryHint);
        if (range is null)
        {
            notes.Add(BallisticsNotes.NoRange);
            return new BallisticsAnalysis
            {
                Status = BallisticsNotes.StatusInsufficient, ApogeeKm = apogee, LaunchPoint = launch,
                Confidence = Confidence.None, Notes = [.. notes],
            };
        }

        var minEnergy = FlightSolver.MinimumEnergy(range.Value);
        var minEnergyApogee = minEnergy?.ApogeeAltitudeM / PhysicalConstants.MetresPerKilometre;
        var partial = new BallisticsAnalysis
        {
            Status = BallisticsNotes.StatusPartial,
            ApogeeKm = apogee,
            RangeKm = range,
            MinEnergyApogeeKm = Km(minEnergyApogee),
            MinEnergyFlightTimeMin = minEnergy is null ? null : Min(minEnergy.CoastTimeS),
            LaunchPoint = launch,
            ImpactPoint = impact,
            GroundTrack = track,
            Confidence = Confidence.Low,
        };
        if (apogee is null || minEnergyApogee is null)
        {
            notes.Add(BallisticsNotes.NoApogee);
            return partial with { Notes = [.. notes] };
        }

        var ratio = apogee.Value / minEnergyApogee.Value;
        var trajectory = ratio >= o.LoftedRatio ? TrajectoryClass.Lofted
            : ratio <= o.DepressedRatio ? TrajectoryClass.Depressed
            : TrajectoryClass.MinimumEnergy;
        notes.Add(BallisticsNotes.Classified(trajectory, ratio));
        var classified = partial with { Trajectory = trajectory, ApogeeRatio = Math.Round(ratio, 3, MidpointRounding.AwayFromZero) };

        var profile = ChooseProfile(statedClass, apogee.Value, range.Value, trajectory, o, notes);
        var rotation = RotationSpeed(input, o, notes);
        var solution = FlightSolver.Solve(apogee.Value, range.Value, trajectory, profile, o, rotation);
        if (solution is null)
        {
            notes.Add(BallisticsNotes.NoSolution);
            return classified with { Status = BallisticsNotes.StatusInsufficient, Confidence = Confidence.None, Notes = [.. notes] };
        }

        if (trajectory == TrajectoryClass.Lofted && profile.ExtraGravityLossWhenLofted > 0)
        {
            notes.Add(BallisticsNotes.LoftedCorrection(profile.ExtraGravityLossWhenLofted));
        }

        var reduction = solution.SameMotorSpeedMs - (solution.StandardBurnoutSpeedMs - solution.RotationSpeedMs);
        if (reduction >= CeilingNoteThresholdMs)
        {
            notes.Add(BallisticsNotes.CeilingApplied(solution.SameMotorSpeedMs, solution.CeilingMs));
        }

        if (solution.GlobalReach)
        {
            notes.Add(BallisticsNotes.GlobalReach);
        }

        if (solution.FlooredAtFlownRange)
        {
            notes.Add(BallisticsNotes.FlooredAtFlownRange);
        }

        var band = FlightSolver.StandardRangeBand(apogee.Value, range.Value, trajectory, profile, o, rotation);
        var timeMin = solution.FlightTimeS / PhysicalConstants.SecondsPerMinute;
        var peakKmS = Math.Max(solution.Coast.ImpactSpeedMs, solution.Coast.BurnoutSpeedMs) / PhysicalConstants.MetresPerKilometre;
        var checks = ConsistencyChecker.Check(input, trajectory, timeMin, peakKmS, o);
        notes.AddRange(checks.Select(c => c.Note));
        return classified with
        {
            Status = BallisticsNotes.StatusOk,
            FlightTimeMin = Min(solution.FlightTimeS),
            BurnoutSpeedKmS = KmS(solution.Coast.BurnoutSpeedMs),
            StandardBurnoutSpeedKmS = KmS(solution.StandardBurnoutSpeedMs),
            StandardRangeKm = Km(solution.StandardRangeKm),
            StandardRangeLowKm = Km(band?.LowKm),
            StandardRangeHighKm = Km(band?.HighKm),
            RangeClass = RangeClasses.FromStandardRange(solution.StandardRangeKm),
            BoostProfile = profile.Name,
            PeakSpeedKmS = Math.Round(peakKmS, 3, MidpointRounding.AwayFromZero),
            Consistency = checks,
            AltitudeProfile = FlightSolver.AltitudeProfile(solution, range.Value, o.ProfileSegments),
            Assumptions = Assumptions(solution, trajectory, reduction, input, o),
            Confidence = Grade(trajectory, checks, nonBallistic, statedClass is not null),
            Notes = [.. notes],
        };
    }

    /// <summary>
    /// The stated class when there is one; otherwise the class a surface-burnout (impulsive) estimate gives, so
    /// that the boost assumptions follow the missile's size and not the shape of this one flight.
    /// </summary>
    private static BoostProfile ChooseProfile(string? stated, double apogeeKm, double rangeKm, TrajectoryClass trajectory, BallisticsOptions o, List<string> notes)
    {
        if (stated is not null)
        {
            var p = RangeClasses.Profile(stated);
            notes.Add(BallisticsNotes.ProfileFromHint(stated, p));
            return p;
        }

        var impulsive = FlightSolver.Solve(apogeeKm, rangeKm, trajectory, BoostProfile.Impulsive, o);
        var cls = RangeClasses.FromStandardRange(impulsive?.StandardRangeKm ?? rangeKm);
        var profile = RangeClasses.Profile(cls);
        notes.Add(BallisticsNotes.ProfileFromKinematics(cls, profile));
        return profile;
    }

    /// <summary>The ceiling is named in the notes once it takes off at least this much (m/s).</summary>
    private const double CeilingNoteThresholdMs = 10;

    private static BallisticsAssumptions Assumptions(FlightSolution s, TrajectoryClass trajectory, double reductionMs, BallisticsInput input, BallisticsOptions o) => new()
    {
        BurnTimeS = s.Profile.BurnTimeS,
        FlownBurnoutAltitudeKm = Math.Round(s.BurnoutAltitudeKm, 1, MidpointRounding.AwayFromZero),
        FlownBoostRangeKm = Math.Round(s.BoostRangeKm, 1, MidpointRounding.AwayFromZero),
        StandardBurnoutAltitudeKm = s.Profile.StandardBurnoutAltitudeKm,
        StandardBoostRangeKm = s.Profile.StandardBoostRangeKm,
        ExtraGravityLossKmS = KmS(trajectory == TrajectoryClass.Lofted ? s.Profile.ExtraGravityLossWhenLofted : 0),
        SameMotorSpeedKmS = KmS(s.SameMotorSpeedMs),
        SpeedCeilingKmS = KmS(s.CeilingMs),
        CeilingReductionKmS = KmS(Math.Max(0, reductionMs)),
        Payload = reductionMs >= CeilingNoteThresholdMs ? BallisticsNotes.PayloadRealistic : BallisticsNotes.PayloadAsFlown,
        EarthRotation = o.IncludeEarthRotation && s.RotationSpeedMs != 0,
        LaunchLatDeg = input.LaunchLatDeg is { } lat && double.IsFinite(lat) ? Deg(lat) : null,
        AzimuthDeg = input.BearingDeg is { } b && double.IsFinite(b) ? Deg(b) : null,
        RotationSpeedKmS = KmS(s.RotationSpeedMs),
    };

    private static double RotationSpeed(BallisticsInput input, BallisticsOptions o, List<string> notes)
    {
        if (!o.IncludeEarthRotation)
        {
            return 0;
        }

        if (input.LaunchLatDeg is not { } lat || input.BearingDeg is not { } brg || !double.IsFinite(lat) || !double.IsFinite(brg))
        {
            notes.Add(BallisticsNotes.RotationNeedsGeometry);
            return 0;
        }

        notes.Add(BallisticsNotes.RotationUsed);
        var surfaceSpeed = PhysicalConstants.EarthRotationRate * PhysicalConstants.EarthRadius * Math.Cos(lat * Math.PI / 180);
        return surfaceSpeed * Math.Sin(brg * Math.PI / 180);
    }

    private static (GeoPoint? Launch, GeoPoint? Impact, IReadOnlyList<TrackPoint> Track) Geometry(
        BallisticsInput input, double? range, BallisticsOptions o, List<string> notes)
    {
        GeoPoint? launch = input is { LaunchLatDeg: { } lat, LaunchLonDeg: { } lon } ? new GeoPoint(lat, lon) : null;
        if (launch is { IsValid: false })
        {
            notes.Add(BallisticsNotes.InvalidLaunchPoint(launch.LatDeg, launch.LonDeg));
            launch = null;
        }

        if (launch is null || input.BearingDeg is not { } brg || !double.IsFinite(brg) || range is null)
        {
            // Only worth a note when some of the geometry was given: most reports name no coordinates at all.
            if (launch is not null || input.BearingDeg is not null)
            {
                notes.Add(BallisticsNotes.NoGeometry);
            }

            return (launch, null, []);
        }

        var track = GreatCircle.Track(launch, brg, range.Value, o.TrackSegments);
        var rounded = track.Select(p => new TrackPoint(Deg(p.LatDeg), Deg(p.LonDeg), Math.Round(p.DistanceKm, 1, MidpointRounding.AwayFromZero))).ToList();
        var last = rounded[^1];
        return (launch, new GeoPoint(last.LatDeg, last.LonDeg), rounded);
    }

    private static Confidence Grade(TrajectoryClass trajectory, IReadOnlyList<ConsistencyCheck> checks, bool nonBallistic, bool classStated)
    {
        if (nonBallistic || checks.Any(c => !c.Agrees))
        {
            return Confidence.Low;
        }

        // A depressed flight is often not ballistic at all (pull-up, glide), so the Keplerian reading is weaker.
        if (trajectory == TrajectoryClass.Depressed)
        {
            return Confidence.Low;
        }

        return checks.Count > 0 || classStated ? Confidence.High : Confidence.Medium;
    }

    private static double? Clean(string field, double? value, double max, List<string> notes)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (!double.IsFinite(v) || v <= 0 || v > max)
        {
            notes.Add(BallisticsNotes.Ignored(field, v));
            return null;
        }

        return v;
    }

    private static double? Km(double? km) => km is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    private static double KmS(double ms) => Math.Round(ms / PhysicalConstants.MetresPerKilometre, 3, MidpointRounding.AwayFromZero);

    private static double Min(double s) => Math.Round(s / PhysicalConstants.SecondsPerMinute, 1, MidpointRounding.AwayFromZero);

    private static double Deg(double d) => Math.Round(d, 4, MidpointRounding.AwayFromZero);
}
