using Apogee.Core;

namespace Apogee.Knowledge.Compile;

/// <summary>CSV rows addressed by header name; line numbers count the header as line 1.</summary>
internal sealed class CsvRecords
{
    private readonly Dictionary<string, int> _columns;

    private CsvRecords(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h.Trim(), x => x.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public static Result<CsvRecords> Parse(string file, string content, IReadOnlyList<string> required)
    {
        var parsed = CsvText.Parse(file, content.TrimStart('\uFEFF'));
        if (!parsed.IsSuccess)
        {
            return Result<CsvRecords>.Fail(parsed.Error!);
        }

        if (parsed.Value.Count == 0)
        {
            return Result<CsvRecords>.Fail(KnowledgeErrors.EmptyFile(file));
        }

        var records = new CsvRecords(parsed.Value[0], parsed.Value.Skip(1).ToArray());
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
