namespace Apogee.Ballistics;

/// <summary>Shape of a flight relative to the minimum-energy trajectory for its range.</summary>
public enum TrajectoryClass
{
    /// <summary>Apogee well above the minimum-energy apogee: fired steeply, usually to land a long-range missile nearby.</summary>
    Lofted,

    /// <summary>Apogee near the minimum-energy apogee: the standard way to reach the farthest for the energy.</summary>
    MinimumEnergy,

    /// <summary>Apogee well below it: a flat, fast flight (quasi-ballistic pull-up, glide vehicle, or short burn).</summary>
    Depressed,
}
