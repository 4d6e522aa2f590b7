using Apogee.Core.Pipeline;
using Apogee.Ingest.Cleaning;

namespace Apogee.Ingest.Tests;

/// <summary>The cleaner on the real seed and dev articles, read from ../shared at test time (never copied here).</summary>
public class RealSeedTests
{
    private static readonly string[] Folders = ["corpus/seeds", "corpus/dev"];

    private static IEnumerable<Apogee.Core.Model.CleanDocument> CleanAll(string folder) =>
        new DocumentReader().Read([Path.Combine(RepoPaths.Shared, folder)], ReadOptions.Default)
            .Select(r => new ArticleCleaner().Clean(r.Value).Value);

    [Theory]
    [InlineData("corpus/seeds")]
    [InlineData("corpus/dev")]
    public void Every_real_article_reads_and_cleans(string folder)
    {
        var docs = CleanAll(folder).ToList();
        Assert.NotEmpty(docs);
        Assert.All(docs, d => Assert.False(string.IsNullOrWhiteSpace(d.Text)));
        Assert.All(docs, d => Assert.DoesNotContain("&nbsp;", d.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("CLICK HERE")]
    [InlineData("Join Fox News")]
    [InlineData("Related coverage")]
    [InlineData("By entering your email")]
    [InlineData("Subscribe to get the latest posts")]
    [InlineData("contributed to this report")]
    [InlineData("(AP Photo/")]
    [InlineData("(END)")]
    public void No_boilerplate_line_survives(string marker)
    {
        foreach (var folder in Folders)
        {
            Assert.All(CleanAll(folder), d => Assert.DoesNotContain(marker, d.Text, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("000", "Dec. 18, 2022")]
    [InlineData("000", "Jan. 15, 2024")]
    [InlineData("003", "Jan. 11, 2022")]
    [InlineData("003", "Jan. 5, 2022")]
    public void Seed_captions_carrying_dates_are_kept_apart(string name, string date)
    {
        var doc = CleanAll("corpus/seeds").Single(d => d.Name == name);
        Assert.Contains(doc.Captions, c => c.Contains(date, StringComparison.Ordinal));
        Assert.DoesNotContain(date, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Story_sentences_are_not_removed_from_seeds()
    {
        // Only boilerplate reasons may appear on real seeds, and nothing long and sentence-like is removed
        // unless it is a caption or a credit.
        foreach (var d in CleanAll("corpus/seeds"))
        {
            Assert.All(d.Removed, r => Assert.True(
                r.Reason is RemovalReasons.Caption or RemovalReasons.SignupPrompt || r.Text.Length < 160,
                $"{d.Name}: unexpected removal [{r.Reason}] {r.Text}"));
        }

        var third = CleanAll("corpus/seeds").Single(d => d.Name == "003");
        Assert.Contains("last Wednesday", third.Text, StringComparison.Ordinal);
        Assert.Contains("DPRK stands for", third.Text, StringComparison.Ordinal);
    }
}
