using System.Globalization;
using Apogee.Core;
using Apogee.Core.Model;
using Apogee.Knowledge.Data;
using Apogee.Knowledge.Text;

namespace Apogee.Knowledge.Compile;

/// <summary>
/// Compiles CNS facilities.csv into data/gazetteer/facilities.tsv: one facility per row with coordinates,
/// province (resolved from the CNS location text against places.tsv) and alternate names.
/// </summary>
internal static class FacilityCompiler
{
    public const string SourceFile = "facilities.csv";

    private static readonly string[] Required = ["facility_name", "lat", "lon", "alt_names", "location"];

    public static Result<string> Compile(string facilitiesCsv, string placesTsv)
    {
        var records = CsvRecords.Parse(SourceFile, facilitiesCsv, Required);
        var places = PlaceFile.Parse(EmbeddedKnowledge.Places, placesTsv, PlaceFile.SiteKinds);
        if ((records.Error ?? places.Error) is { } error)
        {
            return Result<string>.Fail(error);
        }

        var provinceFinder = new PhraseMatcher<Place>(Gazetteer.Phrases(places.Value.Select(p => p.Place).ToArray()));
        var rows = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Value.Rows.Count; i++)
        {
            var row = records.Value.Rows[i];
            var line = i + 2;
            var name = records.Value.Get(row, "facility_name");
            var latText = records.Value.Get(row, "lat");
            var lonText = records.Value.Get(row, "lon");
            // A row without coordinates (CNS "Unknown") names no place a text could point at.
            if (name.Length == 0 || latText.Length == 0 || lonText.Length == 0)
            {
                continue;
            }

            if (!TryCoordinate(latText, 90, out var lat) || !TryCoordinate(lonText, 180, out var lon))
            {
                return Result<string>.Fail(KnowledgeErrors.BadNumber(SourceFile, line, "lat/lon", latText + "," + lonText));
            }

            if (rows.ContainsKey(name))
            {
                return Result<string>.Fail(KnowledgeErrors.DuplicateName(SourceFile, line, name));
            }

            var aliases = records.Value.Get(row, "alt_names")
                .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(a => IsName(a) && !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            var province = Province(provinceFinder, records.Value.Get(row, "location"));
            rows[name] = [name, Vocabulary.SiteKinds.Facility, TsvWriter.Number(lat), TsvWriter.Number(lon), province ?? string.Empty, TsvWriter.List(aliases)];
        }

        return Result<string>.Ok(TsvWriter.Write(
            "Compiled by KnowledgeCompiler from CNS facilities.csv (facts: names, coordinates, locations). Do not edit; recompile (docs/KNOWLEDGE.md).",
            PlaceFile.Columns, rows.Values));
    }

    /// <summary>
    /// CNS alt_names mixes names with descriptions ("Kusong area", "western area operational airbase");
    /// a description would make a text's vague phrase look like a precise facility, so it is left out.
    /// </summary>
    private static bool IsName(string alias) =>
        !alias.Split(' ').Any(w => w.Equals("area", StringComparison.OrdinalIgnoreCase) || w.Equals("operational", StringComparison.OrdinalIgnoreCase));

    /// <summary>The province the location text names, else the province of the first place it names.</summary>
    private static string? Province(PhraseMatcher<Place> finder, string location)
    {
        var found = finder.FindAll(location);
        var province = found.FirstOrDefault(m => m.Value.Kind == Vocabulary.SiteKinds.Province);
        return province.Value?.Name ?? found.Select(m => m.Value.Province).FirstOrDefault(p => p is not null);
    }

    private static bool TryCoordinate(string text, double limit, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && Math.Abs(value) <= limit;
}
