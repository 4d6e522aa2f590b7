using System.Text;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest.Tests;

public class DocumentReaderTests
{
    private const string Story = "North Korea fired a ballistic missile on Monday, Seoul's military said.";

    private static List<Apogee.Core.Result<RawDocument>> Read(params string[] paths) =>
        new DocumentReader(new StringReader("")).Read(paths, ReadOptions.Default).ToList();

    private static string Page(string head) =>
        $"<html><head>{head}</head><body><article><p>{Story}</p></article></body></html>";

    [Theory]
    // sidecar > page > default, field by field
    [InlineData(true, true, true, "2026-01-05", "Sidecar Outlet")]
    [InlineData(false, true, true, "2026-02-06", "Page Outlet")]
    [InlineData(false, false, true, "2026-03-07", null)]
    [InlineData(true, false, false, "2026-01-05", "Sidecar Outlet")]
    [InlineData(false, false, false, null, null)]
    public void Metadata_precedence_is_sidecar_then_page_then_default(bool sidecar, bool page, bool defaulted, string? published, string? outlet)
    {
        using var dir = new TempFolder();
        var html = page
            ? Page("""<meta property="article:published_time" content="2026-02-06T09:00:00+09:00"><meta property="og:site_name" content="Page Outlet">""")
            : Page("");
        var path = dir.Write("story.html", html);
        if (sidecar) dir.Write("story.meta.json", """{"published": "2026-01-05", "outlet": "Sidecar Outlet", "url": null}""");
        var options = new ReadOptions(defaulted ? new DateOnly(2026, 3, 7) : null);
        var doc = Assert.Single(new DocumentReader().Read([path], options)).Value;
        Assert.Equal(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), doc.Metadata.Published);
        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.Equal(ContentKind.Html, doc.Kind);
        Assert.Equal("story", doc.Name);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2026-03-03T23:40:00-05:00">""", "2026-03-03")]
    [InlineData("""<meta property="og:published_time" content="2026-03-04">""", "2026-03-04")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-03-05T01:00:00+09:00"}]}</script>""", "2026-03-05")]
    [InlineData("""<script type="application/ld+json">{ broken json</script><meta name="x" content="y">""", null)]
    public void Page_dates_are_read_as_written(string head, string? expected)
    {
        using var dir = new TempFolder();
        var doc = Assert.Single(Read(dir.Write("p.html", Page(head)))).Value;
        Assert.Equal(expected, doc.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Page_time_element_url_title_and_outlet_are_read()
    {
        using var dir = new TempFolder();
        var html = """
            <html><head><title> Launch  report </title><meta property="og:url" content="https://og.example/a">
            <link rel="canonical" href="https://canonical.example/a"><meta property="og:site_name" content="Meridian Daily"></head>
            <body><article><time datetime="2026-04-01T08:00:00+09:00">April 1</time><p>North Korea fired a missile, Seoul said.</p></article></body></html>
            """;
        var meta = Assert.Single(Read(dir.Write("p.htm", html))).Value.Metadata;
        Assert.Equal(new DocumentMetadata(new DateOnly(2026, 4, 1), "https://canonical.example/a", "Meridian Daily", "Launch report"), meta);
    }

    [Fact]
    public void Jsonl_gives_one_document_per_line_and_a_bad_line_fails_alone()
    {
        using var dir = new TempFolder();
        var path = dir.Write("batch.jsonl", string.Join('\n',
            $$"""{"id": "wire-1", "text": "{{Story}}", "outlet": "Wire", "published": "2026-05-01", "url": "https://wire.example/1"}""",
            "",
            """{"text": "broken line""",
            $$"""{"name": "page-2", "html": "<article><p>{{Story}}</p></article>", "title": "Launch"}""",
            $$"""{"text": "{{Story}}"}""",
            """{"url": "https://no-text.example"}""",
            """[1, 2]"""));
        var results = Read(path);
        Assert.Equal(6, results.Count);
        Assert.Equal(new[] { "wire-1", null, "page-2", "batch#5", null, null }, results.Select(r => r.IsSuccess ? r.Value.Name : null));
        var first = results[0].Value;
        Assert.Equal(new DocumentMetadata(new DateOnly(2026, 5, 1), "https://wire.example/1", "Wire", null), first.Metadata);
        Assert.Equal(ContentKind.Text, first.Kind);
        Assert.Equal($"{path}#1", first.Origin);
        Assert.Equal(ContentKind.Html, results[2].Value.Kind);
        Assert.StartsWith($"{path}#3: bad .jsonl line", results[1].Error, StringComparison.Ordinal);
        Assert.Equal($"{path}#6: bad .jsonl line (no \"text\" or \"html\" field with content)", results[4].Error);
        Assert.Equal($"{path}#7: bad .jsonl line (not a JSON object)", results[5].Error);
    }

    [Fact]
    public void Folders_are_read_recursively_in_ordinal_path_order_skipping_sidecars_and_other_files()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", Story);
        dir.Write("B2.html", Page(""));
        dir.Write("a/z.txt", Story);
        dir.Write("a/z.meta.json", """{"published": "2026-01-01"}""");
        dir.Write("a/notes.md", "not an article");
        dir.Write("c.json", "{}");
        dir.Write("A.htm", Page(""));
        var names = Read(dir.Path).Select(r => Path.GetRelativePath(dir.Path, r.Value.Origin).Replace('\\', '/'));
        Assert.Equal(["A.htm", "B2.html", "a/z.txt", "b.txt"], names);
    }

    [Theory]
    [InlineData("North Korea fired a missile, officials said.", ContentKind.Text)]
    [InlineData("<!DOCTYPE html><html><body><p>North Korea fired a missile.</p></body></html>", ContentKind.Html)]
    [InlineData("  <div><p>North Korea fired a missile.</p></div>", ContentKind.Html)]
    public void Stdin_is_text_or_html(string input, ContentKind kind)
    {
        var doc = Assert.Single(new DocumentReader(new StringReader(input)).Read(["-"], new ReadOptions(new DateOnly(2026, 6, 1)))).Value;
        Assert.Equal(kind, doc.Kind);
        Assert.Equal("stdin", doc.Name);
        Assert.Equal(input, doc.Content);
        Assert.Equal(new DateOnly(2026, 6, 1), doc.Metadata.Published);
    }

    [Fact]
    public void Stdin_over_the_limit_and_empty_stdin_fail()
    {
        var big = Assert.Single(new DocumentReader(new StringReader(new string('x', 100))).Read(["-"], new ReadOptions(MaxBytes: 50)));
        Assert.Equal("stdin: too large (more than the limit of 50 bytes, see --max-bytes)", big.Error);
        var empty = Assert.Single(new DocumentReader(new StringReader("  \n ")).Read(["-"], ReadOptions.Default));
        Assert.Equal("stdin: empty or whitespace-only", empty.Error);
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "nul.txt", Encoding.UTF8.GetBytes("North Korea\0\0 fired"), "looks binary" },
        { "control.txt", Enumerable.Repeat((byte)0x01, 50).Concat("abc"u8.ToArray()).ToArray(), "looks binary" },
        { "empty.txt", [], "empty or whitespace-only" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t\r\n "), "empty or whitespace-only" },
        { "latin1.txt", [0x4B, 0x69, 0x6D, 0xE9, 0x20, 0x73, 0x61, 0x69, 0x64], "not valid UTF-8" },
        { "huge.txt", Encoding.UTF8.GetBytes(new string('a', 2000)), "too large (2000 bytes; the limit is 1000 bytes" },
        { "bad.jsonl", Encoding.UTF8.GetBytes("not json at all"), "bad .jsonl line" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_fails_naming_the_file_and_the_problem_and_the_batch_goes_on(string file, byte[] bytes, string problem)
    {
        using var dir = new TempFolder();
        var bad = dir.WriteBytes(file, bytes);
        var good = dir.Write("good.txt", Story);
        var results = new DocumentReader().Read([bad, good], new ReadOptions(MaxBytes: 1000)).ToList();
        Assert.Equal(2, results.Count);
        Assert.False(results[0].IsSuccess);
        Assert.StartsWith(bad, results[0].Error, StringComparison.Ordinal);
        Assert.Contains(problem, results[0].Error, StringComparison.Ordinal);
        Assert.Equal(Story, results[1].Value.Content);
    }

    [Theory]
    [InlineData("{ \"published\": ", "broken sidecar JSON")]
    [InlineData("[\"2026-01-01\"]", "broken sidecar JSON (not a JSON object)")]
    [InlineData("{\"published\": \"last Tuesday\"}", "\"published\" must be YYYY-MM-DD, not 'last Tuesday'")]
    [InlineData("{\"outlet\": 42}", "\"outlet\" must be a string")]
    public void Broken_sidecar_fails_naming_the_sidecar(string json, string problem)
    {
        using var dir = new TempFolder();
        var path = dir.Write("story.txt", Story);
        var sidecar = dir.Write("story.meta.json", json);
        var result = Assert.Single(Read(path));
        Assert.StartsWith(sidecar, result.Error, StringComparison.Ordinal);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", "no such file or folder")]
    [InlineData("https://news.example/story", "fetching URLs is not supported")]
    public void Missing_paths_and_urls_fail_and_the_batch_goes_on(string path, string problem)
    {
        using var dir = new TempFolder();
        var full = path.StartsWith("http", StringComparison.Ordinal) ? path : Path.Combine(dir.Path, path);
        var results = Read(full, dir.Write("ok.txt", Story));
        Assert.Equal($"{full}: {problem}", results[0].Error?[..(full.Length + 2 + problem.Length)]);
        Assert.True(results[1].IsSuccess);
    }

    [Fact]
    public void Symlinked_folders_and_hidden_files_are_not_followed()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Story);
        dir.Write(".hidden/b.txt", Story);
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "back"), dir.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Symbolic links need privileges on some systems; then there is no loop to test.
        }

        Assert.Equal([Path.Combine(dir.Path, "a.txt")], Read(dir.Path).Select(r => r.Value.Origin));
    }

    [Fact]
    public void A_folder_without_documents_fails()
    {
        using var dir = new TempFolder();
        dir.Write("readme.md", "nothing here");
        Assert.Equal($"{dir.Path}: folder holds no .txt, .html, .htm or .jsonl documents", Assert.Single(Read(dir.Path)).Error);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void Byte_order_marks_are_accepted_and_dropped(byte[] bom)
    {
        using var dir = new TempFolder();
        Encoding encoding = bom.Length == 3 ? new UTF8Encoding(false) : new UnicodeEncoding(bigEndian: bom[0] == 0xFE, byteOrderMark: false);
        var path = dir.WriteBytes("bom.txt", [.. bom, .. encoding.GetBytes(Story)]);
        Assert.Equal(Story, Assert.Single(Read(path)).Value.Content);
    }

    [Fact]
    public void Text_file_with_sidecar_gets_its_metadata()
    {
        using var dir = new TempFolder();
        var path = dir.Write("kcna-note.txt", Story);
        dir.Write("kcna-note.meta.json", """{"published": "2026-02-02", "url": "https://x.example/n", "outlet": "KCNA", "title": "Note"}""");
        var doc = Assert.Single(Read(path)).Value;
        Assert.Equal(new DocumentMetadata(new DateOnly(2026, 2, 2), "https://x.example/n", "KCNA", "Note"), doc.Metadata);
        Assert.Equal(ContentKind.Text, doc.Kind);
        Assert.Equal("kcna-note", doc.Name);
    }
}
