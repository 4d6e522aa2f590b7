namespace Apogee.Catalogue;

/// <summary>Every error text of the catalogue project, in one place: each names the file, the line and the problem.</summary>
public static class CatalogueErrors
{
    public static string NoDateColumn(string file) =>
        $"{file}: no date column (tests.csv's 'date' or the CNS export's 'Date'); nothing imported";

    public static string Empty(string file) => $"{file}: no header row; nothing imported";

    public static string Unreadable(string file, long line, string problem) =>
        $"{file} line {line}: the CSV cannot be read from here on ({problem}); the rows before it were read";

    public static string Malformed(string file, long line, string reason) => $"{file} line {line}: malformed CSV ({reason}); row skipped";

    public static string BadDate(string file, long line, string value) =>
        $"{file} line {line}: date '{value}' is not a date (YYYY-MM-DD, M/D/YYYY or D-Mon-YY); row skipped";

    public static string BadNumber(string file, long line, string column, string value) =>
        $"{file} line {line}: {column} '{value}' is not a distance in km; row skipped";

    public static string BadCoordinate(string file, long line, string column, string value) =>
        $"{file} line {line}: {column} '{value}' is not a coordinate in degrees; row skipped";

    public static string HalfCoordinates(string file, long line) =>
        $"{file} line {line}: a facility latitude without a longitude (or the reverse); row skipped";
}
