using System.Globalization;
using System.Text;

namespace Apogee.Knowledge.Compile;

/// <summary>Writes compiled TSV the same way every time: LF endings, invariant numbers, no tabs inside fields.</summary>
internal static class TsvWriter
{
    public static string Write(string comment, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        foreach (var line in comment.Split('\n'))
        {
            sb.Append("# ").Append(line).Append('\n');
        }

        sb.AppendJoin('\t', header).Append('\n');
        foreach (var row in rows)
        {
            sb.AppendJoin('\t', row.Select(Clean)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string List(IEnumerable<string> items) => string.Join('|', items.Select(i => i.Replace('|', '/')));

    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Trim();
}
