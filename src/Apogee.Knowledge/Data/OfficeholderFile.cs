using Apogee.Core;

namespace Apogee.Knowledge.Data;

/// <summary>Parses officeholders.tsv (Name Office Country From To Surname Bare Variants).</summary>
internal static class OfficeholderFile
{
    public static readonly IReadOnlyList<string> Columns = ["Name", "Office", "Country", "From", "To", "Surname", "Bare", "Variants"];

    private static readonly IReadOnlyList<string> YesNo = ["yes", "no"];

    public static Result<IReadOnlyList<OfficeholderRow>> Parse(string file, string content)
    {
        var parsed = TsvTable.Parse(file, content, Columns);
        if (!parsed.IsSuccess)
        {
            return Result<IReadOnlyList<OfficeholderRow>>.Fail(parsed.Error!);
        }

        var table = parsed.Value;
        var rows = new List<OfficeholderRow>();
        foreach (var row in table.Rows)
        {
            var name = FieldParsers.Required(table, row, "Name");
            var office = FieldParsers.Required(table, row, "Office");
            var country = FieldParsers.Required(table, row, "Country");
            var surname = FieldParsers.Required(table, row, "Surname");
            var bare = FieldParsers.OptionalOf(table, row, "Bare", YesNo);
            var from = FieldParsers.OptionalDate(table, row, "From");
            var to = FieldParsers.OptionalDate(table, row, "To");
            if ((name.Error ?? office.Error ?? country.Error ?? surname.Error ?? bare.Error ?? from.Error ?? to.Error) is { } error)
            {
                return Result<IReadOnlyList<OfficeholderRow>>.Fail(error);
            }

            if (from.Value is not { } start)
            {
                return Result<IReadOnlyList<OfficeholderRow>>.Fail(KnowledgeErrors.EmptyField(file, row.Line, "From"));
            }

            if (to.Value is { } end && end < start)
            {
                return Result<IReadOnlyList<OfficeholderRow>>.Fail(KnowledgeErrors.EndBeforeStart(file, row.Line));
            }

            rows.Add(new OfficeholderRow(row.Line, name.Value, office.Value, country.Value, start, to.Value, surname.Value,
                bare.Value == "yes", table.GetList(row, "Variants")));
        }

        return Result<IReadOnlyList<OfficeholderRow>>.Ok(rows);
    }
}
