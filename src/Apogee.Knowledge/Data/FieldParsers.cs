using System.Globalization;
using Apogee.Core;

namespace Apogee.Knowledge.Data;

/// <summary>Typed field readers shared by the knowledge file parsers; each failure names file, line and column.</summary>
internal static class FieldParsers
{
    public static Result<string> Required(TsvTable table, TsvRow row, string column)
    {
        var value = table.Get(row, column);
        return value.Length == 0
            ? Result<string>.Fail(KnowledgeErrors.EmptyField(table.File, row.Line, column))
            : Result<string>.Ok(value);
    }

    public static Result<double?> OptionalCoordinate(TsvTable table, TsvRow row, string column, double limit)
    {
        var value = table.Get(row, column);
        if (value.Length == 0)
        {
            return Result<double?>.Ok(null);
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Result<double?>.Fail(KnowledgeErrors.BadNumber(table.File, row.Line, column, value));
        }

        return Math.Abs(number) > limit
            ? Result<double?>.Fail(KnowledgeErrors.BadCoordinate(table.File, row.Line, value))
            : Result<double?>.Ok(number);
    }

    public static Result<DateOnly?> OptionalDate(TsvTable table, TsvRow row, string column)
    {
        var value = table.Get(row, column);
        if (value.Length == 0)
        {
            return Result<DateOnly?>.Ok(null);
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Result<DateOnly?>.Ok(date)
            : Result<DateOnly?>.Fail(KnowledgeErrors.BadDate(table.File, row.Line, column, value));
    }

    public static Result<string?> OptionalOf(TsvTable table, TsvRow row, string column, IReadOnlyList<string> allowed)
    {
        var value = table.Get(row, column);
        if (value.Length == 0)
        {
            return Result<string?>.Ok(null);
        }

        return allowed.Contains(value, StringComparer.Ordinal)
            ? Result<string?>.Ok(value)
            : Result<string?>.Fail(KnowledgeErrors.BadValue(table.File, row.Line, column, value));
    }
}
