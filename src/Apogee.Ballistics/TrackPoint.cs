namespace Apogee.Ballistics;

/// <summary>One point of a ground track: where it is and how far along the track from the launch site.</summary>
public sealed record TrackPoint(double LatDeg, double LonDeg, double DistanceKm);
