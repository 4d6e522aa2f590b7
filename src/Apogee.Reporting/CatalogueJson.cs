using System.Globalization;
using System.Text.Json.Nodes;
using Apogee.Core.Catalogue;

namespace Apogee.Reporting;

/// <summary>A catalogue launch as every JSON view gives it: id, date, missile, facility, count, apogee_km, distance_km.</summary>
public static class CatalogueJson
{
    public static JsonObject Object(CatalogueLaunch l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new JsonObject
        {
            ["id"] = l.Id,
            ["date"] = l.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["missile"] = l.Missile,
            ["facility"] = l.Facility,
            ["count"] = l.Count,
            ["apogee_km"] = l.ApogeeKm,
            ["distance_km"] = l.DistanceKm,
        };
    }
}
