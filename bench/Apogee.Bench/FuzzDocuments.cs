using System.Globalization;
using System.Text;

namespace Apogee.Bench;

/// <summary>One fuzz input: the bytes of a file and its extension (the reader picks text, HTML or .jsonl by it).</summary>
public sealed record FuzzCase(string Name, string Extension, byte[] Bytes);

/// <summary>
/// Hostile documents for the fuzz campaign (issue #13), one per seed, deterministic: random bytes, random HTML trees
/// (sometimes thousands deep), repetition, long words, mixed encodings, odd .jsonl and Unicode soup. Shared by the
/// property tests (tests/Apogee.Ingest.Tests, small sizes) and <c>Apogee.Bench fuzz</c> (many, larger).
/// </summary>
public static class FuzzDocuments
{
    public const int Kinds = 7;

    private static readonly string[] Sentences =
    [
        "North Korea fired two ballistic missiles into the East Sea on Tuesday, South Korea's military said.",
        "The missile flew 600 km (370 miles) at an altitude of 50 km, Japan said at 7:41 a.m. on Oct. 22.",
        "Kim Jong Un oversaw the Hwasong-18 launch from Pyongyang, KCNA said, a day after drills began.",
        "U.S. officials said the launch, the third since Jan. 1, came three days after a cruise missile test.",
    ];

    private static readonly string[] Tags = ["div", "p", "span", "article", "main", "section", "figure", "figcaption", "table", "tr", "td", "li", "ul", "a", "b", "nav", "aside", "script", "style", "h1", "br", "img"];

    public static FuzzCase Make(int seed, int maxSize)
    {
        var random = new Random(seed);
        var size = random.Next(0, 3) switch { 0 => random.Next(0, 200), 1 => random.Next(0, 5_000), _ => random.Next(0, Math.Max(1, maxSize)) };
        var name = string.Create(CultureInfo.InvariantCulture, $"fuzz-{seed}");
        var utf8 = new UTF8Encoding(false);
        return (seed % Kinds) switch
        {
            0 => new FuzzCase(name, random.Next(2) == 0 ? ".txt" : ".html", RandomBytes(random, size)),
            1 => new FuzzCase(name, ".html", utf8.GetBytes(HtmlTree(random, size))),
            2 => new FuzzCase(name, ".txt", utf8.GetBytes(Repetition(random, size))),
            3 => new FuzzCase(name, random.Next(2) == 0 ? ".txt" : ".html", utf8.GetBytes(LongWords(random, size))),
            4 => new FuzzCase(name, ".txt", MixedEncoding(random, size)),
            5 => new FuzzCase(name, ".jsonl", utf8.GetBytes(OddJsonl(random, size))),
            _ => new FuzzCase(name, random.Next(2) == 0 ? ".txt" : ".html", utf8.GetBytes(UnicodeSoup(random, size))),
        };
    }

    private static byte[] RandomBytes(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Random open and close tags with text between; one case in four nests thousands of levels deep.</summary>
    private static string HtmlTree(Random random, int size)
    {
        var sb = new StringBuilder();
        if (random.Next(4) == 0)
        {
            var depth = random.Next(1_000, 20_000);
            for (var i = 0; i < depth; i++) sb.Append('<').Append(Tags[random.Next(3)]).Append('>');
            sb.Append(Sentences[0]);
            return sb.ToString();
        }

        var open = new Stack<string>();
        while (sb.Length < size)
        {
            switch (random.Next(6))
            {
                case 0 or 1:
                    var tag = Tags[random.Next(Tags.Length)];
                    sb.Append('<').Append(tag).Append(random.Next(4) == 0 ? " class=\"related promo\"" : "").Append('>');
                    open.Push(tag);
                    break;
                case 2 when open.Count > 0:
                    sb.Append("</").Append(random.Next(5) == 0 ? Tags[random.Next(Tags.Length)] : open.Pop()).Append('>');
                    break;
                case 3:
                    sb.Append(random.Next(8) == 0 ? "&nbsp;&amp;&#0;&#xD800;<!-- x -->" : "<");
                    break;
                default:
                    sb.Append(Sentences[random.Next(Sentences.Length)]).Append(' ');
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Repetition(Random random, int size)
    {
        var unit = random.Next(3) switch { 0 => Sentences[random.Next(Sentences.Length)], 1 => "on Tuesday ", _ => "600 km " };
        var separator = random.Next(3) switch { 0 => " ", 1 => "\n", _ => "" };
        var sb = new StringBuilder(size + unit.Length);
        while (sb.Length < size) sb.Append(unit).Append(separator);
        return sb.ToString();
    }

    private static string LongWords(Random random, int size)
    {
        var sb = new StringBuilder(Sentences[0]).Append(' ');
        while (sb.Length < size)
        {
            var c = random.Next(4) switch { 0 => 'a', 1 => '.', 2 => '-', _ => (char)random.Next('A', 'Z' + 1) };
            sb.Append(c, random.Next(1, Math.Max(2, size / 4)));
            if (random.Next(3) == 0) sb.Append(' ').Append(Sentences[random.Next(Sentences.Length)]).Append(' ');
        }

        return sb.ToString();
    }

    private static byte[] MixedEncoding(Random random, int size)
    {
        var text = Repetition(random, size / 2) + Sentences[1];
        return random.Next(5) switch
        {
            0 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            1 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            2 => Encoding.Unicode.GetBytes(text),
            3 => Encoding.Latin1.GetBytes(text + " café \u00e9\u00e8"),
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(Sentences[2])],
        };
    }

    private static string OddJsonl(Random random, int size)
    {
        string[] lines =
        [
            "{\"text\":\"" + Sentences[0] + "\",\"published\":\"2025-10-21\"}",
            "{\"html\":\"<p>" + Sentences[1] + "</p>\",\"id\":\"x\"}",
            "{\"text\":", "[1,2,3]", "null", "\"just a string\"", "{}", "{\"text\":\"\"}", "{\"text\":42}",
            "{\"text\":\"a\",\"published\":\"31/02/2025\"}", "{\"text\":\"\\ud800\"}", "\uFEFF{\"text\":\"" + Sentences[2] + "\"}",
            "{\"text\":\"" + new string('x', 2_000) + "\"}", "   ", "{\"id\":\"dup\",\"text\":\"" + Sentences[3] + "\"}",
            "{\"id\":\"dup\",\"text\":\"" + Sentences[3] + "\"}", "{\"html\":\"" + string.Concat(Enumerable.Repeat("<div>", 3_000)) + "\"}",
        ];
        var sb = new StringBuilder();
        do sb.Append(lines[random.Next(lines.Length)]).Append(random.Next(4) == 0 ? "\r\n" : "\n");
        while (sb.Length < size);
        return sb.ToString();
    }

    private static string UnicodeSoup(Random random, int size)
    {
        var sb = new StringBuilder(size + 8);
        while (sb.Length < size)
        {
            sb.Append(random.Next(6) switch
            {
                0 => ((char)random.Next(0xD800, 0xE000)).ToString(),
                1 => "\u200B\u202E\u0301\uFEFF",
                2 => ((char)random.Next(0, 0x20)).ToString(),
                3 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1F600)),
                _ => Sentences[random.Next(Sentences.Length)] + " ",
            });
        }

        return sb.ToString();
    }
}
