namespace Apogee.Ballistics;

/// <summary>
/// Two-body (Keplerian) flight after burnout: the missile coasts on a conic with the Earth's centre at a focus
/// until it meets the surface sphere. No drag, no thrust, optional rotation is handled by the caller.
/// All functions return null instead of throwing when the request has no suborbital answer.
/// </summary>
public static class Kepler
{
    private const double Mu = PhysicalConstants.EarthMu;
    private const double Re = PhysicalConstants.EarthRadius;
    private const double TwoPi = 2 * Math.PI;

    /// <summary>Where a coast from burnout (radius, speed, flight-path angle above the local horizontal) lands.</summary>
    public static KeplerArc? Forward(double burnoutRadiusM, double speedMs, double flightPathAngleRad)
    {
        if (!double.IsFinite(burnoutRadiusM) || !double.IsFinite(speedMs) || !double.IsFinite(flightPathAngleRad)
            || burnoutRadiusM < Re || speedMs <= 0 || flightPathAngleRad <= 0 || flightPathAngleRad >= Math.PI / 2)
        {
            return null;
        }

        var energy = (speedMs * speedMs / 2) - (Mu / burnoutRadiusM);
        if (energy >= 0)
        {
            return null; // escape: never comes back
        }

        var a = -Mu / (2 * energy);
        var h = burnoutRadiusM * speedMs * Math.Cos(flightPathAngleRad);
        var p = h * h / Mu;
        var e = Math.Sqrt(Math.Max(0, 1 - (p / a)));
        if (e < 1e-12 || p / (1 + e) >= Re)
        {
            return null; // perigee above the surface: an orbit, not a ballistic arc
        }

        // True anomaly measured from perigee: burnout on the rising branch (0..pi), impact on the falling one (pi..2pi).
        var thetaBurnout = Math.Acos(Math.Clamp(((p / burnoutRadiusM) - 1) / e, -1, 1));
        var thetaImpact = TwoPi - Math.Acos(Math.Clamp(((p / Re) - 1) / e, -1, 1));
        var n = Math.Sqrt(Mu / (a * a * a));
        var coast = (MeanAnomaly(thetaImpact, e) - MeanAnomaly(thetaBurnout, e)) / n;
        var impactSpeed = Math.Sqrt(Mu * ((2 / Re) - (1 / a)));
        return new KeplerArc(burnoutRadiusM, speedMs, flightPathAngleRad, a * (1 + e), thetaImpact - thetaBurnout, coast, impactSpeed);
    }

    /// <summary>
    /// The coast that reaches a given apogee radius and sweeps a given ground angle before impact, from burnout
    /// at a given radius on the rising branch. Solved by bisection on the eccentricity: for a fixed apogee the
    /// swept angle falls monotonically from the grazing orbit (lowest eccentricity) to a vertical shot (e = 1).
    /// </summary>
    public static KeplerArc? Inverse(double burnoutRadiusM, double apogeeRadiusM, double groundAngleRad)
    {
        if (!double.IsFinite(burnoutRadiusM) || !double.IsFinite(apogeeRadiusM) || !double.IsFinite(groundAngleRad)
            || burnoutRadiusM < Re || apogeeRadiusM <= burnoutRadiusM || groundAngleRad <= 0 || groundAngleRad >= Math.PI)
        {
            return null;
        }

        var lo = (apogeeRadiusM - Re) / (apogeeRadiusM + Re);
        var hi = 1.0;
        if (SweptAngle(burnoutRadiusM, apogeeRadiusM, lo) < groundAngleRad)
        {
            return null;
        }

        for (var i = 0; i < 200 && hi - lo > 1e-15; i++)
        {
            var mid = (lo + hi) / 2;
            if (SweptAngle(burnoutRadiusM, apogeeRadiusM, mid) > groundAngleRad)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var e = (lo + hi) / 2;
        var a = apogeeRadiusM / (1 + e);
        var p = apogeeRadiusM * (1 - e);
        var speed = Math.Sqrt(Mu * ((2 / burnoutRadiusM) - (1 / a)));
        var gamma = Math.Acos(Math.Clamp(Math.Sqrt(Mu * p) / (burnoutRadiusM * speed), -1, 1));
        return Forward(burnoutRadiusM, speed, gamma);
    }

    /// <summary>
    /// The flight-path angle that carries a burnout speed farthest (golden-section search). Arcs that never come
    /// down count as reaching the antipode, so a result with <see cref="KeplerArc.GroundAngleRad"/> near pi,
    /// or null, means global reach.
    /// </summary>
    public static KeplerArc? MaximumRange(double burnoutRadiusM, double speedMs)
    {
        if (!double.IsFinite(speedMs) || speedMs <= 0 || burnoutRadiusM < Re)
        {
            return null;
        }

        double Swept(double g) => Forward(burnoutRadiusM, speedMs, g) is { } arc ? Math.Min(arc.GroundAngleRad, Math.PI) : Math.PI;

        const double Phi = 0.6180339887498949;
        double lo = 1e-6, hi = (Math.PI / 2) - 1e-6;
        var x1 = hi - (Phi * (hi - lo));
        var x2 = lo + (Phi * (hi - lo));
        double f1 = Swept(x1), f2 = Swept(x2);
        for (var i = 0; i < 120 && hi - lo > 1e-12; i++)
        {
            if (f1 < f2)
            {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + (Phi * (hi - lo));
                f2 = Swept(x2);
            }
            else
            {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - (Phi * (hi - lo));
                f1 = Swept(x1);
            }
        }

        return Forward(burnoutRadiusM, speedMs, (lo + hi) / 2);
    }

    /// <summary>
    /// The minimum-energy coast for a ground angle: the lowest burnout speed whose best angle reaches it
    /// (bisection on speed over <see cref="MaximumRange"/>).
    /// </summary>
    public static KeplerArc? MinimumEnergy(double burnoutRadiusM, double groundAngleRad)
    {
        if (!double.IsFinite(groundAngleRad) || groundAngleRad <= 0 || groundAngleRad >= Math.PI || burnoutRadiusM < Re)
        {
            return null;
        }

        if (burnoutRadiusM == Re)
        {
            // Surface to surface has a closed form (e.g. Wheelon 1959): nu = v^2 R / mu = 2 s / (1 + s), s = sin(psi/2),
            // flown at gamma = 45 deg - psi/4. Used on every analysis, so it is worth skipping the search.
            var s = Math.Sin(groundAngleRad / 2);
            return Forward(Re, Math.Sqrt(2 * s / (1 + s) * Mu / Re), (Math.PI / 4) - (groundAngleRad / 4));
        }

        var lo = 0.0;
        var hi = Math.Sqrt(Mu / burnoutRadiusM); // circular speed: reaches everywhere
        for (var i = 0; i < 100 && hi - lo > 1e-9; i++)
        {
            var mid = (lo + hi) / 2;
            var best = MaximumRange(burnoutRadiusM, mid);
            if (best is not null && best.GroundAngleRad < groundAngleRad)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var arc = MaximumRange(burnoutRadiusM, hi);
        return arc is null ? null : Inverse(burnoutRadiusM, arc.ApogeeRadiusM, groundAngleRad) ?? arc;
    }

    private static double SweptAngle(double rb, double ra, double e)
    {
        var p = ra * (1 - e);
        var thetaBurnout = Math.Acos(Math.Clamp(((p / rb) - 1) / e, -1, 1));
        var thetaImpact = TwoPi - Math.Acos(Math.Clamp(((p / Re) - 1) / e, -1, 1));
        return thetaImpact - thetaBurnout;
    }

    private static double MeanAnomaly(double trueAnomaly, double e)
    {
        var ecc = 2 * Math.Atan2(Math.Sqrt(1 - e) * Math.Sin(trueAnomaly / 2), Math.Sqrt(1 + e) * Math.Cos(trueAnomaly / 2));
        if (ecc < 0)
        {
            ecc += TwoPi;
        }

        return ecc - (e * Math.Sin(ecc));
    }
}
