namespace Apogee.Ballistics;

/// <summary>A reported figure set against the one the model derives from apogee and range.</summary>
/// <param name="Quantity">"flight_time_min" or "speed_km_s".</param>
/// <param name="Reported">The reported value, in the unit the quantity names.</param>
/// <param name="Modelled">The model's value for the same quantity.</param>
/// <param name="Tolerance">Largest difference still counted as agreement, same unit.</param>
/// <param name="Agrees">True when |reported - modelled| is within the tolerance.</param>
/// <param name="Note">What a disagreement means (e.g. a depressed or gliding flight rather than an error).</param>
public sealed record ConsistencyCheck(string Quantity, double Reported, double Modelled, double Tolerance, bool Agrees, string Note);
