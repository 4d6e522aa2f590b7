using Apogee.Core.Model;
using Apogee.Extraction;

namespace Apogee.Extraction.Tests;

/// <summary>A clause that follows an earlier date with "when" tells of that earlier launch, not of the story's.</summary>
public sealed class EarlierLaunchClauseTests
{
    [Theory]
    [InlineData("The launch was the first since Oct. 22, when it fired a short-range missile from the Sariwon area.")]
    [InlineData("It was the North's first launch since March 3, 2025, when it fired two missiles from near Sariwon.")]
    [InlineData("The launch came six days after it fired short-range missiles from near Sariwon last Thursday.")]
    public void A_when_clause_after_an_old_date_gives_the_story_no_site(string context)
    {
        var text = "SEOUL - North Korea fired two ballistic missiles into the sea on Wednesday, South Korea's military said.\n\n" + context;
        var doc = new CleanDocument("t", "t", text, new DocumentMetadata(new DateOnly(2026, 1, 7)), [], []);

        var report = LaunchExtractor.CreateDefault().Extract(doc);

        Assert.True(report.Relevant);
        Assert.DoesNotContain(report.Primary!.Claims, c => c.Field == Vocabulary.Fields.Site && c.Value.Text!.Contains("Sariwon", StringComparison.Ordinal));
        Assert.NotEqual("Sariwon", report.Primary.Site?.Name);
    }
}
