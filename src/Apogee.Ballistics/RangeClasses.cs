namespace Apogee.Ballistics;

/// <summary>
/// Range classes by maximum (standard-trajectory) range, in the bands the US Department of Defense uses:
/// SRBM under 1,000 km, MRBM 1,000-3,000, IRBM 3,000-5,500, ICBM beyond 5,500.
/// </summary>
public static class RangeClasses
{
    public const double MrbmFromKm = 1000;
    public const double IrbmFromKm = 3000;
    public const double IcbmFromKm = 5500;

    public static string FromStandardRange(double standardRangeKm) => standardRangeKm switch
    {
        < MrbmFromKm => "SRBM",
        < IrbmFromKm => "MRBM",
        < IcbmFromKm => "IRBM",
        _ => "ICBM",
    };

    /// <summary>The boost profile a range class implies: one short burn, one long single stage, or two stages.</summary>
    public static BoostProfile Profile(string rangeClass) => rangeClass switch
    {
        "SRBM" => BoostProfile.ShortRange,
        "MRBM" or "IRBM" => BoostProfile.SingleStage,
        _ => BoostProfile.TwoStage,
    };

    /// <summary>
    /// Reads a class or category hint ("ICBM", "intermediate-range", "SLBM", ...); null when it names no
    /// ballistic range class. Submarine-launched missiles carry no range by name, so they give no class.
    /// </summary>
    public static string? FromHint(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var h = hint.Trim().ToUpperInvariant().Replace('_', '-').Replace(' ', '-');
        return h switch
        {
            "SRBM" or "SHORT-RANGE" or "SHORT-RANGE-BALLISTIC-MISSILE" or "CRBM" or "ROCKET-ARTILLERY" or "MLRS" => "SRBM",
            "MRBM" or "MEDIUM-RANGE" or "MEDIUM-RANGE-BALLISTIC-MISSILE" => "MRBM",
            "IRBM" or "INTERMEDIATE-RANGE" or "INTERMEDIATE-RANGE-BALLISTIC-MISSILE" => "IRBM",
            "ICBM" or "INTERCONTINENTAL" or "INTERCONTINENTAL-BALLISTIC-MISSILE" => "ICBM",
            _ => null,
        };
    }

    /// <summary>True when a hint names something the ballistic model does not describe (cruise missile, glide vehicle, space launch).</summary>
    public static bool IsNonBallistic(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return false;
        }

        var h = hint.Trim().ToUpperInvariant();
        return h.Contains("CRUISE", StringComparison.Ordinal) || h.Contains("HGV", StringComparison.Ordinal)
            || h.Contains("GLIDE", StringComparison.Ordinal) || h.Contains("HYPERSONIC", StringComparison.Ordinal)
            || h.Contains("SLV", StringComparison.Ordinal) || h.Contains("SATELLITE", StringComparison.Ordinal)
            || h.Contains("SPACE", StringComparison.Ordinal);
    }
}
