using System.Globalization;
using CsvHelper;
using Apogee.Core.Storage;

namespace Apogee.Reporting;

/// <summary>
/// Events as RFC 4180 CSV written by CsvHelper (CRLF line ends), one row per event in <see cref="ExportColumns"/> order; claims are
/// left out (they are in the JSON export and `apogee show`). List cells are joined with "; ".
/// </summary>
public static class EventCsv
{
    public static string Header { get; } = string.Join(',', ExportColumns.All.Select(c => c.Name));

    public static string Write(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var names = ExportColumns.All.Select(c => c.Name).ToArray();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // CsvHelper quotes a cell only when it holds a comma, a quote or a line break (RFC 4180), and ends records with CRLF.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            csv.WriteHeader(names);
            foreach (var row in events.Select(ExportRow.From))
            {
                csv.WriteRecord(ExportColumns.All.Select(c => Cell(c.Cell(row))).ToArray());
            }
        }

        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => Text(s),
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        IEnumerable<string> list => Text(string.Join("; ", list)),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>
    /// Text cells come from articles: one starting with = + - @ (or a tab / carriage return) would run as a formula
    /// in a spreadsheet, so it gets a leading apostrophe (OWASP's CSV-injection advice). Numbers are written by us.
    /// </summary>
    public static string Text(string? s) =>
        string.IsNullOrEmpty(s) ? "" : s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;
}
