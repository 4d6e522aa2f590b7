using Apogee.Core.Model;
using Apogee.Ingest.Cleaning;
using Apogee.Ingest.Feeds;
using Apogee.Ingest.Reading;
using FsCheck;
using FsCheck.Fluent;

namespace Apogee.Ingest.Tests;

/// <summary>
/// "Parsers never throw on bad data", checked over random inputs (FsCheck from plain facts): whatever comes in,
/// the answer is a value or a failure naming the input.
/// </summary>
public class NeverThrowsPropertyTests
{
    /// <summary>Strings built from fragments of markup, entities and text, so the parsers see plausible garbage.</summary>
    private static Arbitrary<string> MarkupSoup() =>
        Gen.ListOf(Gen.Elements(
                "<p>", "</p>", "<div class=\"related\">", "</div>", "<article>", "<figure><figcaption>", "</figcaption>",
                "<a href='x'>", "</a>", "<br>", "&nbsp;", "&amp;", "&#x0;", "\0", "\u00a0", "\n", "\n\n", "<!--", "-->",
                "<script>", "</script>", "Advertisement", "(AP Photo/X)", "Related coverage:", "North Korea fired a missile.",
                "<rss><channel><item>", "</item>", "<guid>", "</guid>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>",
                "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e \"boom\">]>", "&e;", "<pubDate>", "Tue, 31 Feb 2026 25:61:00 +9999",
                "</pubDate>", "{", "}", "\"", "ÿ", "\ud800"))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Fact]
    public void Cleaner_never_throws_on_html_or_text()
    {
        var cleaner = new ArticleCleaner();
        Prop.ForAll(MarkupSoup(), s =>
        {
            var html = cleaner.Clean(new RawDocument("soup", "soup.html", s, ContentKind.Html, DocumentMetadata.Empty));
            var text = cleaner.Clean(new RawDocument("soup", "soup.txt", s, ContentKind.Text, DocumentMetadata.Empty));
            return Ok(html.IsSuccess, html.Error) && Ok(text.IsSuccess, text.Error);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Feed_parser_never_throws()
    {
        Prop.ForAll(MarkupSoup(), s =>
        {
            var r = FeedParser.Parse(s);
            return r.IsSuccess || r.Error!.StartsWith("feed: ", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Decoder_never_throws_on_random_bytes()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var r = TextDecoder.Decode("bytes.txt", bytes);
            return Ok(r.IsSuccess, r.Error, "bytes.txt: ");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sidecar_and_date_parsing_never_throw()
    {
        Prop.ForAll(MarkupSoup(), s =>
        {
            var sidecar = SidecarReader.Parse("x.meta.json", s);
            _ = DateParsing.ParseDate(s);
            _ = DateParsing.ParseTimestamp(s);
            return Ok(sidecar.IsSuccess, sidecar.Error, "x.meta.json: ");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Jsonl_lines_and_stdin_never_throw()
    {
        Prop.ForAll(MarkupSoup(), s =>
        {
            var lines = JsonlReader.Read("soup.jsonl", s + "\n{\"text\": \"" + s + "\"}", Apogee.Core.Pipeline.ReadOptions.Default).ToList();
            var stdin = new DocumentReader(new StringReader(s)).Read(["-"], Apogee.Core.Pipeline.ReadOptions.Default).ToList();
            return lines.All(r => Ok(r.IsSuccess, r.Error, "soup.jsonl#")) && stdin.All(r => Ok(r.IsSuccess, r.Error, "stdin: "));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Streamed_jsonl_files_never_throw_on_random_bytes_and_name_file_and_line()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "random.jsonl");
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            // Random bytes with some newlines and a valid line, under a small per-line cap.
            File.WriteAllBytes(path, [.. bytes, (byte)'\n', .. bytes.Reverse(), .. "\n{\"text\": \"x\"}\n"u8]);
            var results = new DocumentReader().Read([path], new Apogee.Core.Pipeline.ReadOptions(MaxBytes: 40)).ToList();
            return results.Count > 0 && results.All(r => Ok(r.IsSuccess, r.Error, path)); // path#LINE, or "path:" for a UTF-16 file
        }).QuickCheckThrowOnFailure();
    }

    private static bool Ok(bool success, string? error, string prefix = "soup: ") =>
        success || error!.StartsWith(prefix, StringComparison.Ordinal);
}
