namespace Apogee.Ballistics;

/// <summary>One point of the modelled altitude profile: ground distance from the launch site and altitude, km.</summary>
public sealed record ProfilePoint(double DistanceKm, double AltitudeKm);
