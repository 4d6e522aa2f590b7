using Apogee.Core;
using Apogee.Core.Model;

namespace Apogee.Knowledge.Data;

/// <summary>Parses the gazetteer TSV files (facilities, places, seas: Name Kind Lat Lon Province Aliases).</summary>
internal static class PlaceFile
{
    public const string SeaKind = "sea";

    public static readonly IReadOnlyList<string> Columns = ["Name", "Kind", "Lat", "Lon", "Province", "Aliases"];

    public static readonly IReadOnlyList<string> SiteKinds =
    [
        Vocabulary.SiteKinds.Facility, Vocabulary.SiteKinds.City, Vocabulary.SiteKinds.County,
        Vocabulary.SiteKinds.Province, Vocabulary.SiteKinds.Region,
    ];

    public static Result<IReadOnlyList<(int Line, Place Place)>> Parse(string file, string content, IReadOnlyList<string> kinds)
    {
        var parsed = TsvTable.Parse(file, content, Columns);
        if (!parsed.IsSuccess)
        {
            return Result<IReadOnlyList<(int, Place)>>.Fail(parsed.Error!);
        }

        var table = parsed.Value;
        var places = new List<(int, Place)>();
        foreach (var row in table.Rows)
        {
            var name = FieldParsers.Required(table, row, "Name");
            var kind = FieldParsers.OptionalOf(table, row, "Kind", kinds);
            var lat = FieldParsers.OptionalCoordinate(table, row, "Lat", 90);
            var lon = FieldParsers.OptionalCoordinate(table, row, "Lon", 180);
            var error = name.Error ?? kind.Error ?? lat.Error ?? lon.Error;
            if (error is not null)
            {
                return Result<IReadOnlyList<(int, Place)>>.Fail(error);
            }

            if (kind.Value is null)
            {
                return Result<IReadOnlyList<(int, Place)>>.Fail(KnowledgeErrors.EmptyField(file, row.Line, "Kind"));
            }

            places.Add((row.Line, new Place(name.Value, kind.Value, lat.Value, lon.Value, table.GetList(row, "Aliases"),
                TsvTable.NullIfEmpty(table.Get(row, "Province")))));
        }

        return Result<IReadOnlyList<(int, Place)>>.Ok(places);
    }

    /// <summary>Parses aliases.tsv (Name Aliases): extra spellings for places defined elsewhere.</summary>
    public static Result<IReadOnlyList<(int Line, string Name, IReadOnlyList<string> Aliases)>> ParseAliases(string file, string content)
    {
        var parsed = TsvTable.Parse(file, content, ["Name", "Aliases"]);
        if (!parsed.IsSuccess)
        {
            return Result<IReadOnlyList<(int, string, IReadOnlyList<string>)>>.Fail(parsed.Error!);
        }

        var table = parsed.Value;
        var rows = new List<(int, string, IReadOnlyList<string>)>();
        foreach (var row in table.Rows)
        {
            var name = FieldParsers.Required(table, row, "Name");
            if (!name.IsSuccess)
            {
                return Result<IReadOnlyList<(int, string, IReadOnlyList<string>)>>.Fail(name.Error!);
            }

            rows.Add((row.Line, name.Value, table.GetList(row, "Aliases")));
        }

        return Result<IReadOnlyList<(int, string, IReadOnlyList<string>)>>.Ok(rows);
    }
}
