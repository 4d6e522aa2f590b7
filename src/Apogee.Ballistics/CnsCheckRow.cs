namespace Apogee.Ballistics;

/// <summary>One reference launch with both an apogee and a distance, and what the model makes of it.</summary>
/// <param name="ModelClass">Range class from the model's standard range (SRBM/MRBM/IRBM/ICBM), null when unsolved.</param>
/// <param name="Compared">True when the row counts in the agreement figure (a ballistic type, not a failed flight).</param>
public sealed record CnsCheckRow(
    int Line,
    string Date,
    string Missile,
    string MissileType,
    string Outcome,
    double ApogeeKm,
    double DistanceKm,
    TrajectoryClass? Trajectory,
    double? ApogeeRatio,
    double? StandardRangeKm,
    string? ModelClass,
    bool Compared)
{
    public bool Agrees => Compared && ModelClass == MissileType;
}
