using Apogee.Bench;
using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Extraction;
using Apogee.Ingest.Cleaning;
using Apogee.Ingest.Pipeline;
using Apogee.Ingest.Reading;

namespace Apogee.Ingest.Tests;

/// <summary>
/// The fuzz campaign of issue #13 in CI, on fixed seeds: every kind of hostile document (random bytes, random and
/// deep HTML trees, repetition, long words, mixed encodings, odd .jsonl, Unicode soup) is read and cleaned + extracted
/// through the one DocumentPipeline without an exception escaping, and every failure names its document.
/// Speed is the bench's business (`Apogee.Bench fuzz`), not asserted here.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly DocumentPipeline Pipeline = new(new ArticleCleaner(), LaunchExtractor.CreateDefault());
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(1_001)]
    [InlineData(77_777)]
    public void Hostile_documents_are_read_and_processed_without_an_exception_and_failures_name_the_document(int seed)
    {
        for (var i = 0; i < 3 * FuzzDocuments.Kinds; i++)
        {
            var c = FuzzDocuments.Make(seed + i, maxSize: 20_000);
            var path = Path.Combine(_folder.Path, c.Name + c.Extension);
            File.WriteAllBytes(path, c.Bytes);
            foreach (var raw in new DocumentReader().Read([path], new ReadOptions(new DateOnly(2025, 10, 21))))
            {
                if (!raw.IsSuccess)
                {
                    Assert.StartsWith(path, raw.Error!, StringComparison.Ordinal);
                    continue;
                }

                var p = Pipeline.Process(raw.Value);
                Assert.False(p.Threw, $"{c.Name}: {p.FailedStage} threw: {p.Error}");
                if (!p.IsSuccess) Assert.Contains(raw.Value.Name, p.Error!, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_page_nested_far_past_the_depth_cap_keeps_its_text()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>North Korea fired a missile on Tuesday.</p>" + string.Concat(Enumerable.Repeat("</div>", 50_000));
        var clean = new ArticleCleaner().Clean(new RawDocument("deep", "deep.html", html, ContentKind.Html, DocumentMetadata.Empty));
        Assert.True(clean.IsSuccess, clean.Error);
        Assert.Equal("North Korea fired a missile on Tuesday.", clean.Value.Text);
    }

    [Theory]
    [InlineData("<div><p>Text</p></div>")]
    [InlineData("<p>one<p>two<li>three")]
    [InlineData("<script>if (a < b) { x = '<div>'; }</script><div>x</div>")]
    public void A_page_under_the_depth_cap_is_parsed_as_written(string html) =>
        Assert.Same(html, HtmlDepthLimiter.Limit(html));

    [Fact]
    public void A_document_over_the_size_budget_fails_naming_it_and_the_limit()
    {
        var pipeline = new DocumentPipeline(new ArticleCleaner(), LaunchExtractor.CreateDefault(), new DocumentBudget(MaxBytes: 1_000));
        var p = pipeline.Process(new RawDocument("big", "big.txt", new string('a', 2_000), ContentKind.Text, DocumentMetadata.Empty));
        Assert.True(p.OverBudget);
        Assert.Equal("big: too large (2000 bytes; the per-document limit is 1000 bytes, see --max-bytes)", p.Error);
    }

    [Fact]
    public void A_document_over_the_time_budget_is_stopped_and_fails_naming_it_and_the_limit()
    {
        var text = string.Join("\n", Enumerable.Repeat("North Korea fired two ballistic missiles into the East Sea on Tuesday, Seoul said.", 20_000));
        var pipeline = new DocumentPipeline(new ArticleCleaner(), LaunchExtractor.CreateDefault(), new DocumentBudget(MaxTime: TimeSpan.FromMilliseconds(1)));
        var p = pipeline.Process(new RawDocument("slow", "slow.txt", text, ContentKind.Text, DocumentMetadata.Empty));
        Assert.Equal(ProcessedDocument.TimeStage, p.FailedStage);
        Assert.Equal("slow: gave up after the per-document time limit of 0.001 s (cleaning and extraction; see --max-seconds)", p.Error);
    }
}
