using System.Globalization;

namespace Apogee.Ballistics;

/// <summary>Every note and message text of the ballistics project, in one place.</summary>
public static class BallisticsNotes
{
    public const string StatusOk = "ok";
    public const string StatusPartial = "partial";
    public const string StatusInsufficient = "insufficient_data";

    public static string Ignored(string field, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} {value} ignored: not a positive finite number in range");

    public static string InvalidLaunchPoint(double lat, double lon) =>
        string.Create(CultureInfo.InvariantCulture, $"launch point {lat}, {lon} ignored: not a latitude/longitude");

    public const string NoRange = "insufficient data: a range is needed to classify the trajectory";
    public const string NoApogee = "range only: minimum-energy figures given, trajectory class needs an apogee";
    public const string NoSolution = "no drag-free trajectory reaches that apogee and range with the boost assumptions";

    public static string Classified(TrajectoryClass c, double ratio) =>
        string.Create(CultureInfo.InvariantCulture, $"apogee is {ratio:0.00} x the minimum-energy apogee: {Name(c)}");

    public static string ProfileFromHint(string rangeClass, BoostProfile p) =>
        $"boost profile {p.Name} from the stated class {rangeClass}";

    public static string ProfileFromKinematics(string rangeClass, BoostProfile p) =>
        $"boost profile {p.Name}: a surface-burnout estimate puts the missile in the {rangeClass} class";

    public static string LoftedCorrection(double extraMs) =>
        string.Create(CultureInfo.InvariantCulture, $"lofted climb: {extraMs / 1000:0.00} km/s of extra gravity loss added back for the standard trajectory");

    public static string CeilingApplied(double sameMotorMs, double ceilingMs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"realistic warhead: the same motor with the test payload would burn out at {sameMotorMs / 1000:0.00} km/s on a standard trajectory; held under the {ceilingMs / 1000:0.00} km/s ceiling published estimates imply");

    public const string PayloadAsFlown = "the test's own payload (the standard burnout speed is well below the ceiling)";
    public const string PayloadRealistic = "a realistic warhead, heavier than a light test payload: the standard burnout speed is held under the ceiling";
    public const string FlooredAtFlownRange = "the modelled standard range fell short of the flown range: raised to the flown range";

    public const string GlobalReach = "the standard burnout speed reaches any point on Earth: range capped at half the circumference";

    public static string NonBallistic(string hint) =>
        $"'{hint}' is not a ballistic missile: the Keplerian model describes it poorly";

    public const string RotationUsed = "Earth rotation: the surface speed along the bearing was added to the standard burnout speed";
    public const string RotationNeedsGeometry = "Earth rotation asked for but latitude or bearing unknown: not applied";
    public const string NoGeometry = "impact point needs the launch site's coordinates and a bearing";

    public const string TimeAgrees = "reported flight time agrees with the modelled one";
    public const string TimeLongDepressed = "flight lasted longer than a ballistic arc this low: consistent with a gliding or pull-up (depressed) flight, not an error";
    public const string TimeLong = "reported flight time is longer than the model: the apogee or range may be understated, or the flight was not purely ballistic";
    public const string TimeShort = "reported flight time is shorter than the model: the apogee or range may be overstated";

    public const string SpeedAgrees = "reported speed agrees with the modelled peak speed";
    public const string SpeedHighDepressed = "faster than a ballistic arc with this apogee and range: a depressed or gliding flight, not an error";
    public const string SpeedHigh = "reported speed is higher than the model's peak speed";
    public const string SpeedLow = "reported speed is lower than the model's peak speed (reports often quote a speed from another phase)";

    public static string Name(TrajectoryClass c) => c switch
    {
        TrajectoryClass.Lofted => "lofted",
        TrajectoryClass.MinimumEnergy => "minimum_energy",
        _ => "depressed",
    };

    public static string MissingColumn(string column) => $"reference table has no '{column}' column";

    public static string BadNumber(int line, string apogee, string distance) =>
        $"line {line}: apogee '{apogee}' or distance '{distance}' is not a number";

    public static string UnknownSite(string name) =>
        $"launch site '{name}' is unknown: give --lat and --lon";
}
