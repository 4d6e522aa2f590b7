using System.Text;
using Apogee.Core;

namespace Apogee.Knowledge.Compile;

/// <summary>A small RFC 4180 reader (quoted fields, doubled quotes, newlines in quotes) for the CNS source files.</summary>
internal static class CsvText
{
    public static Result<IReadOnlyList<IReadOnlyList<string>>> Parse(string file, string content)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var quoteLine = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    line++;
                    EndRow();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            return Result<IReadOnlyList<IReadOnlyList<string>>>.Fail(KnowledgeErrors.UnterminatedQuote(file, quoteLine));
        }

        EndRow();
        return Result<IReadOnlyList<IReadOnlyList<string>>>.Ok(rows);

        void EndRow()
        {
            if (row.Count > 0 || field.Length > 0)
            {
                row.Add(field.ToString());
                rows.Add(row.ToArray());
            }

            row.Clear();
            field.Clear();
        }
    }
}
