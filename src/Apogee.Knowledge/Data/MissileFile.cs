using Apogee.Core;
using Apogee.Core.Model;

namespace Apogee.Knowledge.Data;

/// <summary>Parses the missile TSV files (compiled missiles.tsv and hand-written extra.tsv, same columns).</summary>
internal static class MissileFile
{
    public static readonly IReadOnlyList<string> Columns = ["Name", "Category", "RangeClass", "Basing", "Aliases"];

    public static readonly IReadOnlyList<string> Basings =
        [Vocabulary.Basings.Submarine, Vocabulary.Basings.Ground, Vocabulary.Basings.Rail, Vocabulary.Basings.Ship];

    public static Result<IReadOnlyList<MissileType>> Parse(string file, string content)
    {
        var parsed = TsvTable.Parse(file, content, Columns);
        if (!parsed.IsSuccess)
        {
            return Result<IReadOnlyList<MissileType>>.Fail(parsed.Error!);
        }

        var table = parsed.Value;
        var missiles = new List<MissileType>();
        foreach (var row in table.Rows)
        {
            var name = FieldParsers.Required(table, row, "Name");
            var category = FieldParsers.OptionalOf(table, row, "Category", Vocabulary.Categories.All);
            var rangeClass = FieldParsers.OptionalOf(table, row, "RangeClass", Vocabulary.RangeClasses.All);
            var basing = FieldParsers.OptionalOf(table, row, "Basing", Basings);
            if ((name.Error ?? category.Error ?? rangeClass.Error ?? basing.Error) is { } error)
            {
                return Result<IReadOnlyList<MissileType>>.Fail(error);
            }

            missiles.Add(new MissileType(name.Value, table.GetList(row, "Aliases"),
                category.Value ?? Vocabulary.Categories.Unknown, rangeClass.Value, basing.Value));
        }

        return Result<IReadOnlyList<MissileType>>.Ok(missiles);
    }
}
