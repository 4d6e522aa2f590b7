using Apogee.Core;
using CsvHelper;

namespace Apogee.Knowledge.Compile;

/// <summary>
/// CSV rows (read by CsvHelper's RFC 4180 parser) addressed by header name; line numbers count the header as line 1.
/// Bad data never throws: an unclosed quote is an error naming the file and the line it opened on.
/// </summary>
internal sealed class CsvRecords
{
    private readonly Dictionary<string, int> _columns;

    private CsvRecords(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            _columns[header[i].Trim()] = i;
        }

        Rows = rows;
    }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public static Result<CsvRecords> Parse(string file, string content, IReadOnlyList<string> required)
    {
        var rows = new List<IReadOnlyList<string>>();
        long? badLine = null;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            // Recover from a stray quote as the old reader did, but a quote never closed has eaten the rest of the file.
            OnMalformedRecord = r => badLine ??= r.Reason == CsvMalformedReason.UnterminatedQuote ? r.LineNumber : null,
        };
        using (var reader = CsvReader.FromText(content.TrimStart('\uFEFF'), options))
        {
            if (reader.Headers.Count > 0)
            {
                rows.Add(reader.Headers.ToArray());
            }

            while (reader.Read())
            {
                rows.Add(reader.Current.ToArray());
            }
        }

        if (badLine is { } line)
        {
            return Result<CsvRecords>.Fail(KnowledgeErrors.UnterminatedQuote(file, (int)line));
        }

        if (rows.Count == 0)
        {
            return Result<CsvRecords>.Fail(KnowledgeErrors.EmptyFile(file));
        }

        var records = new CsvRecords(rows[0], rows.Skip(1).ToArray());
        var missing = required.FirstOrDefault(c => !records._columns.ContainsKey(c));
        return missing is null
            ? Result<CsvRecords>.Ok(records)
            : Result<CsvRecords>.Fail(KnowledgeErrors.MissingColumn(file, missing));
    }

    /// <summary>The field, trimmed; a short row reads as empty fields rather than failing.</summary>
    public string Get(IReadOnlyList<string> row, string column)
    {
        var i = _columns[column];
        return i < row.Count ? row[i].Trim() : string.Empty;
    }
}
