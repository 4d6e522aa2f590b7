using System.Text.Json.Serialization;

namespace Apogee.Core.Model;

/// <summary>The tightest interval the text and metadata support for a launch day; a null bound is open on that side.</summary>
public sealed record DateBounds(DateOnly? Earliest, DateOnly? Latest, string Basis)
{
    public static DateBounds Unknown { get; } = new(null, null, "none");

    public static DateBounds Day(DateOnly day, string basis) => new(day, day, basis);

    // Derived from the bounds, so not part of the contract's date object (spec/launch-report.md).
    [JsonIgnore]
    public bool IsDay => Earliest is not null && Earliest == Latest;

    /// <summary>True when the two intervals can hold the same day, allowing <paramref name="slackDays"/> of slip on each side.</summary>
    public bool Overlaps(DateBounds other, int slackDays = 0)
    {
        var lo1 = Earliest ?? DateOnly.MinValue;
        var hi1 = Latest ?? DateOnly.MaxValue;
        var lo2 = other.Earliest ?? DateOnly.MinValue;
        var hi2 = other.Latest ?? DateOnly.MaxValue;
        if (slackDays > 0)
        {
            if (hi1 < DateOnly.MaxValue.AddDays(-slackDays)) hi1 = hi1.AddDays(slackDays);
            if (lo1 > DateOnly.MinValue.AddDays(slackDays)) lo1 = lo1.AddDays(-slackDays);
        }

        return lo1 <= hi2 && lo2 <= hi1;
    }
}
