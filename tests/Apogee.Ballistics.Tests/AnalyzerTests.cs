namespace Apogee.Ballistics.Tests;

public class AnalyzerTests
{
    public static TheoryData<double, double, TrajectoryClass> Classes => new()
    {
        { 4475, 950, TrajectoryClass.Lofted },        // steep ICBM test
        { 550, 500, TrajectoryClass.Lofted },
        { 100, 350, TrajectoryClass.MinimumEnergy },  // apogee ~ range / 3.5
        { 770, 3700, TrajectoryClass.MinimumEnergy }, // IRBM over Japan on a standard arc
        { 50, 420, TrajectoryClass.Depressed },       // flat quasi-ballistic SRBM
        { 60, 700, TrajectoryClass.Depressed },
    };

    [Theory]
    [MemberData(nameof(Classes))]
    public void Classifies_the_trajectory_from_apogee_and_range(double apogee, double range, TrajectoryClass expected)
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(apogee, range));
        Assert.Equal("ok", a.Status);
        Assert.Equal(expected, a.Trajectory);
        Assert.NotNull(a.StandardRangeKm);
        Assert.InRange(a.StandardRangeKm.Value, a.StandardRangeLowKm!.Value, a.StandardRangeHighKm!.Value);
        Assert.NotNull(a.BurnoutSpeedKmS);
        Assert.NotNull(a.FlightTimeMin);
    }

    [Theory]
    [InlineData(null, null, "insufficient_data")]
    [InlineData(500.0, null, "insufficient_data")]
    [InlineData(null, 800.0, "partial")]
    [InlineData(-10.0, 800.0, "partial")]
    [InlineData(100.0, 0.0, "insufficient_data")]
    [InlineData(100.0, 30000.0, "insufficient_data")]
    public void Missing_or_absurd_numbers_give_a_status_not_an_exception(double? apogee, double? range, string status)
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(apogee, range));
        Assert.Equal(status, a.Status);
        Assert.Null(a.Trajectory);
        Assert.Null(a.StandardRangeKm);
        Assert.NotEmpty(a.Notes);
    }

    [Fact]
    public void Range_only_gives_the_minimum_energy_figures()
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(RangeKm: 1000));
        Assert.Equal("partial", a.Status);
        Assert.InRange(a.MinEnergyApogeeKm!.Value, 230, 250);
        Assert.InRange(a.MinEnergyFlightTimeMin!.Value, 7, 9);
    }

    [Fact]
    public void A_flat_fast_flight_is_depressed_not_an_error()
    {
        // The example: 700 km at 60 km apogee at Mach 10.
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(60, 700, SpeedMach: 10));
        Assert.Equal(TrajectoryClass.Depressed, a.Trajectory);
        var speed = Assert.Single(a.Consistency);
        Assert.Equal("speed_km_s", speed.Quantity);
        Assert.True(speed.Agrees, speed.Note);
    }

    [Fact]
    public void A_depressed_flight_that_lasts_too_long_is_read_as_gliding()
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(50, 600, FlightTimeMin: 12));
        var time = Assert.Single(a.Consistency);
        Assert.False(time.Agrees);
        Assert.Equal(BallisticsNotes.TimeLongDepressed, time.Note);
        Assert.Equal(Confidence.Low, a.Confidence);
    }

    [Theory]
    [InlineData(2000, 800, 10, false, "shorter")]  // a lofted IRBM cannot land in 10 min
    [InlineData(2000, 800, 28, true, "agrees")]
    [InlineData(100, 350, 30, false, "longer")]
    public void Reported_flight_time_is_checked_against_the_model(double apogee, double range, double minutes, bool agrees, string word)
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(apogee, range, minutes));
        var check = Assert.Single(a.Consistency);
        Assert.Equal(agrees, check.Agrees);
        Assert.Contains(word, check.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2000, 800, 6, true)]  // Mach 6 ~ 2 km/s vs ~5.4 km/s peak: too slow
    [InlineData(2000, 800, 16, false)]
    public void A_speed_far_below_the_ballistic_peak_is_flagged(double apogee, double range, double mach, bool flagged)
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(apogee, range, SpeedMach: mach));
        Assert.Equal(flagged, !Assert.Single(a.Consistency).Agrees);
    }

    [Theory]
    [InlineData("ICBM", "two_stage")]
    [InlineData("intermediate-range", "single_stage")]
    [InlineData("SRBM", "short_range")]
    [InlineData(null, "single_stage")]
    [InlineData("SLBM", "single_stage")]
    public void The_class_hint_picks_the_boost_profile(string? hint, string profile)
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(2000, 800, ClassHint: hint));
        Assert.Equal(profile, a.BoostProfile);
    }

    [Theory]
    [InlineData("cruise missile", null)]
    [InlineData(null, "cruise")]
    [InlineData(null, "hypersonic")]
    [InlineData("IRBM", "space_launch")]
    public void A_non_ballistic_hint_lowers_confidence(string? rangeClass, string? category)
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(500, 1500, ClassHint: rangeClass, CategoryHint: category));
        Assert.Equal(Confidence.Low, a.Confidence);
        Assert.Contains(a.Notes, n => n.Contains("not a ballistic missile", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "rocket_artillery", "short_range")]
    [InlineData("ICBM", "ballistic", "two_stage")]
    [InlineData(null, "ballistic", "single_stage")]
    public void The_category_gives_a_class_only_when_it_implies_one(string? rangeClass, string category, string profile)
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(2000, 800, ClassHint: rangeClass, CategoryHint: category));
        Assert.Equal(profile, a.BoostProfile);
    }

    [Fact]
    public void Impact_point_and_track_follow_the_bearing()
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(100, 400, LaunchLatDeg: 39.0, LaunchLonDeg: 125.0, BearingDeg: 90));
        Assert.NotNull(a.ImpactPoint);
        Assert.True(a.ImpactPoint.LonDeg > 129.5 && a.ImpactPoint.LonDeg < 130);
        Assert.Equal(21, a.GroundTrack.Count);
        Assert.Equal(400, a.GroundTrack[^1].DistanceKm);
        Assert.Equal(400, GreatCircle.DistanceKm(a.LaunchPoint!, a.ImpactPoint), 0.5);
    }

    [Fact]
    public void Without_coordinates_there_is_no_impact_point()
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(100, 400, BearingDeg: 90));
        Assert.Null(a.ImpactPoint);
        Assert.Empty(a.GroundTrack);
        Assert.Contains(BallisticsNotes.NoGeometry, a.Notes);
    }

    [Theory]
    [InlineData(90, true)]   // eastward launch gains the Earth's surface speed
    [InlineData(270, false)] // westward loses it
    public void Earth_rotation_is_optional_and_follows_the_bearing(double bearing, bool longer)
    {
        var input = new BallisticsInput(2800, 930, LaunchLatDeg: 39.0, LaunchLonDeg: 125.0, BearingDeg: bearing);
        var still = BallisticsAnalyzer.Analyze(input);
        var rotating = BallisticsAnalyzer.Analyze(input, BallisticsOptions.Default with { IncludeEarthRotation = true });
        Assert.Equal(longer, rotating.StandardRangeKm > still.StandardRangeKm);
        Assert.Contains(BallisticsNotes.RotationUsed, rotating.Notes);
    }

    [Fact]
    public void Very_high_lofted_icbm_tests_get_a_finite_range_and_say_why()
    {
        // Hwasong-19 as KCNA gave it: the same-motor speed is near orbital, the realistic-warhead ceiling holds it.
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(7687, 1001, 86));
        Assert.Equal("ICBM", a.RangeClass);
        Assert.InRange(a.StandardRangeKm!.Value, 13_000, 18_000);
        Assert.True(a.StandardRangeHighKm < FlightSolver.GlobalRangeKm);
        Assert.DoesNotContain(BallisticsNotes.GlobalReach, a.Notes);
        Assert.Equal(BallisticsNotes.PayloadRealistic, a.Assumptions!.Payload);
        Assert.True(Assert.Single(a.Consistency).Agrees);
    }

    [Fact]
    public void The_assumptions_are_stated_with_the_analysis()
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(2802, 933, 37, LaunchLatDeg: 40.0, LaunchLonDeg: 126.0, BearingDeg: 90),
            BallisticsOptions.Default with { IncludeEarthRotation = true });
        var x = a.Assumptions!;
        Assert.Equal((400.0, 200.0, 270.0), (x.FlownBurnoutAltitudeKm, x.StandardBurnoutAltitudeKm, x.BurnTimeS));
        Assert.Equal(0.79, x.ExtraGravityLossKmS, 0.01);
        // The soft ceiling (k = 13) already takes about 40 m/s from the 2017 Hwasong-14's 6.37 km/s: named as a realistic warhead.
        Assert.Equal(BallisticsNotes.PayloadRealistic, x.Payload);
        Assert.True(x.EarthRotation);
        Assert.Equal((40.0, 90.0), (x.LaunchLatDeg!.Value, x.AzimuthDeg!.Value));
        Assert.Equal(0.356, x.RotationSpeedKmS, 0.002);
        Assert.Contains("Earth rotating", BallisticsText.Format(a), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(550, 500)]   // an MRBM lofted to 550 km: 3.5 km/s, far below the ceiling
    [InlineData(100, 350)]   // a short-range flight
    public void A_flight_far_below_the_ceiling_keeps_the_test_payload(double apogee, double range)
    {
        var x = BallisticsAnalyzer.Analyze(new BallisticsInput(apogee, range)).Assumptions!;
        Assert.Equal(BallisticsNotes.PayloadAsFlown, x.Payload);
        Assert.True(x.CeilingReductionKmS < 0.01, $"ceiling took {x.CeilingReductionKmS} km/s");
    }

    [Fact]
    public void Same_input_gives_identical_json()
    {
        var input = new BallisticsInput(2802, 933, 37, 20, 40.0, 126.0, 95, "ICBM");
        Assert.Equal(BallisticsJson.Serialize(BallisticsAnalyzer.Analyze(input)), BallisticsJson.Serialize(BallisticsAnalyzer.Analyze(input)));
    }

    [Theory]
    [InlineData(4475, 950)]
    [InlineData(100, 350)]
    [InlineData(50, 420)]
    public void The_altitude_profile_climbs_to_the_apogee_and_comes_down_at_the_range(double apogee, double range)
    {
        var profile = BallisticsAnalyzer.Analyze(new BallisticsInput(apogee, range)).AltitudeProfile;
        Assert.Equal(41, profile.Count);
        Assert.Equal((0.0, 0.0), (profile[0].DistanceKm, profile[0].AltitudeKm));
        Assert.Equal((range, 0.0), (profile[^1].DistanceKm, profile[^1].AltitudeKm));
        var top = profile.Max(p => p.AltitudeKm);
        Assert.InRange(top, apogee * 0.97, apogee + 0.1);
    }

    [Fact]
    public void An_impossible_launch_point_is_ignored_with_a_note()
    {
        var a = BallisticsAnalyzer.Analyze(new BallisticsInput(100, 400, LaunchLatDeg: 95, LaunchLonDeg: 10, BearingDeg: 90));
        Assert.Null(a.LaunchPoint);
        Assert.Null(a.ImpactPoint);
        Assert.Contains(a.Notes, n => n.StartsWith("launch point 95, 10 ignored", StringComparison.Ordinal));
        Assert.Equal("ok", a.Status);
    }
}
