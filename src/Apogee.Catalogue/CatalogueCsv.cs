using System.Globalization;
using Apogee.Core;
using CsvHelper;

namespace Apogee.Catalogue;

/// <summary>
/// Reads a CNS-format CSV (tests.csv's columns or the CNS export's, <see cref="CatalogueColumns"/>) with CsvHelper:
/// one <see cref="CatalogueRow"/> per good row, one message per bad row naming its line and cell; the good rows are
/// folded into launches (<see cref="CatalogueFolding"/>). Never throws on bad data.
/// </summary>
public static class CatalogueCsv
{
    /// <summary>Date spellings seen in CNS copies: ISO, the export's US month/day/year, and Excel's "9-Apr-84".</summary>
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "M/d/yyyy", "M/d/yy", "d-MMM-yy", "d-MMM-yyyy", "d MMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy",
    ];

    private static readonly HashSet<string> Unknown = new(["", "unknown", "n/a", "na", "-", "none", "?"], StringComparer.OrdinalIgnoreCase);

    public static Result<CatalogueRead> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return Result<CatalogueRead>.Ok(Read(reader, Path.GetFileName(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Result<CatalogueRead>.Fail($"{path}: {ex.Message}");
        }
    }

    public static CatalogueRead Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<CatalogueRow>();
        var problems = new List<string>();
        var options = new CsvReaderOptions
        {
            // Not detected: tests.csv's cells hold '|' lists, which a separator guess could take for the separator.
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => problems.Add(CatalogueErrors.Malformed(file, bad.LineNumber, bad.Reason.ToString())),
        };
        try
        {
            using var csv = CsvReader.Create(reader, options, leaveOpen: true);
            var names = csv.Headers.Select(CatalogueColumns.Normalise).ToList();
            if (names.Count == 0 || names.All(n => n.Length == 0)) return new CatalogueRead([], 0, [CatalogueErrors.Empty(file)]);
            var columns = new Columns(names);
            if (columns.Date < 0) return new CatalogueRead([], 0, [CatalogueErrors.NoDateColumn(file)]);
            while (csv.Read())
            {
                var row = Row(csv, columns, file, csv.LineNumber);
                if (row.IsSuccess) rows.Add(row.Value);
                else problems.Add(row.Error!);
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add(CatalogueErrors.Unreadable(file, ex.LineNumber, ex.Message));
        }

        return new CatalogueRead(CatalogueFolding.Fold(rows, file), rows.Count, problems);
    }

    private static Result<CatalogueRow> Row(CsvReader csv, Columns k, string file, long line)
    {
        string? Cell(int i) => i < 0 || i >= csv.FieldCount ? null : csv.GetString(i)?.Trim();
        string? Text(int i) => Cell(i) is { } v && !Unknown.Contains(v) ? v : null;

        var dateText = Cell(k.Date) ?? "";
        var local = Text(k.LocalDate);
        var day = ParseDate(local ?? dateText);
        if (day is null) return Result<CatalogueRow>.Fail(CatalogueErrors.BadDate(file, line, local ?? dateText));

        var apogee = Distance(Cell(k.Apogee));
        if (!apogee.IsSuccess) return Result<CatalogueRow>.Fail(CatalogueErrors.BadNumber(file, line, "apogee", apogee.Error!));
        var distance = Distance(Cell(k.Distance));
        if (!distance.IsSuccess) return Result<CatalogueRow>.Fail(CatalogueErrors.BadNumber(file, line, "distance", distance.Error!));
        var lat = Degrees(Cell(k.Lat), 90);
        if (!lat.IsSuccess) return Result<CatalogueRow>.Fail(CatalogueErrors.BadCoordinate(file, line, "latitude", lat.Error!));
        var lon = Degrees(Cell(k.Lon), 180);
        if (!lon.IsSuccess) return Result<CatalogueRow>.Fail(CatalogueErrors.BadCoordinate(file, line, "longitude", lon.Error!));
        if (lat.Value is null != lon.Value is null) return Result<CatalogueRow>.Fail(CatalogueErrors.HalfCoordinates(file, line));

        return Result<CatalogueRow>.Ok(new CatalogueRow(
            line, day.Value, Text(k.Missile), Text(k.MissileType), Text(k.Facility), lat.Value, lon.Value, apogee.Value, distance.Value, Text(k.Outcome)));
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A km figure, null for an unknown one; the failure carries the cell as written.</summary>
    public static Result<double?> Distance(string? text)
    {
        if (text is null || Unknown.Contains(text.Trim())) return Result<double?>.Ok(null);
        var m = CatalogueRegex.Distance().Match(text);
        if (!m.Success) return Result<double?>.Fail(text);
        var number = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal) + m.Groups["f"].Value;
        return Result<double?>.Ok(double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static Result<double?> Degrees(string? text, double limit)
    {
        if (text is null || Unknown.Contains(text)) return Result<double?>.Ok(null);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && Math.Abs(v) <= limit
            ? Result<double?>.Ok(v)
            : Result<double?>.Fail(text);
    }

    private sealed class Columns(IReadOnlyList<string> names)
    {
        public int Date { get; } = CatalogueColumns.Find(names, CatalogueColumns.Date);
        public int LocalDate { get; } = CatalogueColumns.Find(names, CatalogueColumns.LocalDate);
        public int Missile { get; } = CatalogueColumns.Find(names, CatalogueColumns.Missile);
        public int MissileType { get; } = CatalogueColumns.Find(names, CatalogueColumns.MissileType);
        public int Facility { get; } = CatalogueColumns.Find(names, CatalogueColumns.Facility);
        public int Lat { get; } = CatalogueColumns.Find(names, CatalogueColumns.Lat);
        public int Lon { get; } = CatalogueColumns.Find(names, CatalogueColumns.Lon);
        public int Apogee { get; } = CatalogueColumns.Find(names, CatalogueColumns.Apogee);
        public int Distance { get; } = CatalogueColumns.Find(names, CatalogueColumns.Distance);
        public int Outcome { get; } = CatalogueColumns.Find(names, CatalogueColumns.Outcome);
    }
}
