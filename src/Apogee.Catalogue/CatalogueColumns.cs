namespace Apogee.Catalogue;

/// <summary>
/// The columns the reader uses, under both spellings it accepts: the normalised tests.csv of ../shared/data/cns
/// (<c>date, date_local, missile_name, facility_lat, apogee_km, distance_km, outcome</c>) and the CNS export's own
/// headers (<c>Date, Missile Name, Facility Latitude, Apogee, Distance Travelled, Test Outcome</c>). A header is
/// compared lowercased with every run of other characters as one underscore, so "Facility Latitude" is
/// <c>facility_latitude</c>; the first alias present wins.
/// </summary>
internal static class CatalogueColumns
{
    public static readonly string[] Date = ["date"];
    public static readonly string[] LocalDate = ["date_local"];
    public static readonly string[] Missile = ["missile_name"];
    public static readonly string[] MissileType = ["missile_type"];
    public static readonly string[] Facility = ["facility_name"];
    public static readonly string[] Lat = ["facility_lat", "facility_latitude"];
    public static readonly string[] Lon = ["facility_lon", "facility_longitude"];

    // tests.csv's apogee_km holds the number; the CNS export's Apogee holds text such as "200 km" or "Unknown".
    public static readonly string[] Apogee = ["apogee_km", "apogee"];
    public static readonly string[] Distance = ["distance_km", "distance_travelled"];
    public static readonly string[] Outcome = ["outcome", "test_outcome"];

    public static string Normalise(string header)
    {
        var chars = new System.Text.StringBuilder(header.Length);
        foreach (var ch in header.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) chars.Append(ch);
            else if (chars.Length > 0 && chars[^1] != '_') chars.Append('_');
        }

        return chars.ToString().TrimEnd('_');
    }

    /// <summary>The index of the first of <paramref name="aliases"/> among the normalised headers, or -1.</summary>
    public static int Find(IReadOnlyList<string> headers, string[] aliases)
    {
        foreach (var a in aliases)
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (headers[i] == a) return i;
            }
        }

        return -1;
    }
}
