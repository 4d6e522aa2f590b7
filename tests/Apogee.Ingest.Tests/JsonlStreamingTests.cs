using System.Text;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Ingest.Tests;

/// <summary>.jsonl files stream line by line: the size cap is per line, and every line's problem is named file#line.</summary>
public sealed class JsonlStreamingTests
{
    private static string Line(int i) => $$"""{"id": "w-{{i}}", "text": "North Korea fired missile number {{i}} on Monday, Seoul said.", "published": "2026-05-01"}""";

    private static List<Apogee.Core.Result<RawDocument>> Read(string path, long maxBytes) =>
        new DocumentReader().Read([path], new ReadOptions(MaxBytes: maxBytes)).ToList();

    [Fact]
    public void A_file_far_over_the_cap_streams_when_each_line_is_under_it()
    {
        using var dir = new TempFolder();
        var path = dir.Write("many.jsonl", string.Join('\n', Enumerable.Range(0, 2000).Select(Line)) + "\n");
        Assert.True(new FileInfo(path).Length > 100_000);
        var results = Read(path, 1000);
        Assert.Equal(2000, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        Assert.Equal("w-1999", results[^1].Value.Name);
        Assert.Equal($"{path}#2000", results[^1].Value.Origin);
    }

    public static TheoryData<string, byte[], string> BadLines => new()
    {
        { "long line", Encoding.UTF8.GetBytes($$"""{"text": "{{new string('a', 300)}}"}"""), "#2: too large (more than the limit of 200 bytes per line, see --max-bytes)" },
        { "latin-1 byte", [.. "{\"text\": \"Kim"u8, 0xE9, .. " said\"}"u8], "#2: not valid UTF-8" },
        { "NUL bytes", Encoding.UTF8.GetBytes("{\"text\": \"a\0\0\0b\"}"), "#2: looks binary" },
        { "not JSON", Encoding.UTF8.GetBytes("plain words"), "#2: bad .jsonl line" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void A_bad_line_fails_alone_named_by_file_and_line(string why, byte[] bad, string problem)
    {
        using var dir = new TempFolder();
        byte[] bytes = [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(Line(1) + "\r\n"), .. bad, .. "\n\n"u8, .. Encoding.UTF8.GetBytes(Line(3))];
        var path = dir.WriteBytes("mixed.jsonl", bytes);
        var results = Read(path, 200);
        Assert.True(results.Count == 3, why);
        Assert.Equal("w-1", results[0].Value.Name);
        Assert.Equal(path + problem, results[1].Error![..(path.Length + problem.Length)]);
        Assert.Equal("w-3", results[2].Value.Name);
        Assert.Equal($"{path}#4", results[2].Value.Origin); // line 3 is blank
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\r\n\t\n")]
    public void A_jsonl_file_without_lines_is_named_empty(string content)
    {
        using var dir = new TempFolder();
        var path = dir.Write("none.jsonl", content);
        Assert.Equal($"{path}: empty or whitespace-only", Assert.Single(Read(path, 1000)).Error);
    }

    [Fact]
    public void A_utf16_jsonl_file_is_still_read_whole()
    {
        using var dir = new TempFolder();
        var path = dir.WriteBytes("wide.jsonl", [.. new UnicodeEncoding(false, true).GetPreamble(), .. Encoding.Unicode.GetBytes(Line(7) + "\n" + Line(8))]);
        Assert.Equal(["w-7", "w-8"], Read(path, 10_000).Select(r => r.Value.Name));
    }
}
