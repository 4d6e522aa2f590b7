using System.Globalization;
using System.Text;

namespace Apogee.Bench;

/// <summary>
/// Writes the hostile inputs of issue #13 on demand (never committed: they are megabytes): repeated launch sentences
/// (plain text, one paragraph per sentence or one huge paragraph), deeply nested HTML, UTF-16 text, one endless word.
/// Deterministic: the same size gives the same bytes.
/// </summary>
public static class HostileInputs
{
    // Sentences that exercise dates, counts, attribution, sites and missiles: the stages a hostile file keeps busy.
    private static readonly string[] Sentences =
    [
        "North Korea fired two short-range ballistic missiles from Wonsan into the East Sea on Tuesday, South Korea's Joint Chiefs of Staff said.",
        "The missiles flew about 600 km at an altitude of 50 km, Japan's defense ministry said on Oct. 22.",
        "Kim Jong Un oversaw the launch of a Hwasong-18 ICBM from Pyongyang, KCNA reported, a day after the drills began.",
        "Officials said the launch came three days after North Korea test-fired cruise missiles off its west coast.",
    ];

    public static string RepeatedSentences(int bytes, string separator)
    {
        var sb = new StringBuilder(bytes + 200);
        for (var i = 0; sb.Length < bytes; i++) sb.Append(Sentences[i % Sentences.Length]).Append(separator);
        return sb.ToString();
    }

    public static string NestedDivs(int depth)
    {
        var sb = new StringBuilder(depth * 11 + 400);
        sb.Append("<html><head><title>Deep</title></head><body>");
        for (var i = 0; i < depth; i++) sb.Append("<div>");
        sb.Append("<p>").Append(Sentences[0]).Append("</p>");
        for (var i = 0; i < depth; i++) sb.Append("</div>");
        sb.Append("</body></html>");
        return sb.ToString();
    }

    public static string LongWord(int bytes) => Sentences[0] + " " + new string('a', bytes) + " " + Sentences[1];

    /// <summary>Writes every input into <paramref name="folder"/> and returns the paths with their sizes.</summary>
    public static IReadOnlyList<(string Path, long Bytes)> WriteAll(string folder, int scale)
    {
        Directory.CreateDirectory(folder);
        var files = new List<(string, long)>();
        void Write(string name, string text, Encoding encoding)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text, encoding);
            files.Add((path, new FileInfo(path).Length));
        }

        var utf8 = new UTF8Encoding(false);
        Write("repeat-lines.txt", RepeatedSentences(scale, "\n"), utf8);
        Write("repeat-paragraph.txt", RepeatedSentences(scale, " "), utf8);
        Write("deep-divs.html", NestedDivs(200_000), utf8);
        Write("utf16.txt", RepeatedSentences(scale / 16, "\n"), new UnicodeEncoding(false, true));
        Write("long-word.txt", LongWord(scale), utf8);
        return files;
    }

    public static string Describe(IReadOnlyList<(string Path, long Bytes)> files) =>
        string.Join('\n', files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Path}\t{f.Bytes}")));
}
