namespace Apogee.Core.Model;

/// <summary>The contract's fixed value sets (../shared/spec/launch-report.md). One place, so no stage invents a spelling.</summary>
public static class Vocabulary
{
    public static class Roles
    {
        public const string Primary = "primary";
        public const string Reference = "reference";
    }

    public static class Categories
    {
        public const string Ballistic = "ballistic";
        public const string Cruise = "cruise";
        public const string Hypersonic = "hypersonic";
        public const string RocketArtillery = "rocket_artillery";
        public const string SpaceLaunch = "space_launch";
        public const string Unknown = "unknown";
        public static readonly IReadOnlyList<string> All = [Ballistic, Cruise, Hypersonic, RocketArtillery, SpaceLaunch, Unknown];
    }

    public static class RangeClasses
    {
        public const string Srbm = "SRBM";
        public const string Mrbm = "MRBM";
        public const string Irbm = "IRBM";
        public const string Icbm = "ICBM";
        public static readonly IReadOnlyList<string> All = [Srbm, Mrbm, Irbm, Icbm];
    }

    public static class Basings
    {
        public const string Submarine = "submarine";
        public const string Ground = "ground";
        public const string Rail = "rail";
        public const string Ship = "ship";
    }

    public static class PartsOfDay
    {
        public const string Morning = "morning";
        public const string Afternoon = "afternoon";
        public const string Evening = "evening";
        public const string Night = "night";
    }

    public static class SiteKinds
    {
        public const string Facility = "facility";
        public const string City = "city";
        public const string County = "county";
        public const string Province = "province";
        public const string Region = "region";
    }

    public static class Eez
    {
        public const string Inside = "inside";
        public const string Outside = "outside";
    }

    public static class Qualifiers
    {
        public const string Exact = "exact";
        public const string About = "about";
        public const string AtLeast = "at_least";
        public const string MoreThan = "more_than";
        public const string LessThan = "less_than";
        public const string AtMost = "at_most";
        public const string UpTo = "up_to";
    }

    public static class Sources
    {
        public const string SouthKorea = "South Korea";
        public const string Japan = "Japan";
        public const string UnitedStates = "United States";
        public const string NorthKorea = "North Korea";
        public const string China = "China";
        public const string Russia = "Russia";
        public const string Media = "media";
        public const string Unattributed = "unattributed";
    }

    /// <summary>Claim field names: the event fields a claim may speak for.</summary>
    public static class Fields
    {
        public const string Count = "count";
        public const string RangeKm = "range_km";
        public const string ApogeeKm = "apogee_km";
        public const string SpeedMach = "speed_mach";
        public const string FlightTimeMin = "flight_time_min";
        public const string TimeLocal = "time_local";
        public const string Category = "category";
        public const string RangeClass = "range_class";
        public const string Basing = "basing";
        public const string MissileName = "missile_name";
        public const string Site = "site";
        public const string Eez = "eez";
        public const string Date = "date";
        public const string Direction = "direction";
    }
}
