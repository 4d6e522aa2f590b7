using Apogee.Core.Model;
using Apogee.Core.Pipeline;
using Apogee.Ingest.Cleaning;

namespace Apogee.Ingest.Tests;

/// <summary>The repository's synthetic samples/ (the README demo) read and clean, with the metadata each format carries.</summary>
public class SampleArticlesTests
{
    private static readonly string Samples = Path.Combine(RepoPaths.Root, "samples");

    private static List<RawDocument> ReadAll() =>
        new DocumentReader().Read([Samples], ReadOptions.Default).Select(r => r.Value).ToList();

    [Fact]
    public void All_fourteen_samples_read_with_date_and_outlet()
    {
        var docs = ReadAll();
        Assert.Equal(14, docs.Count);
        Assert.All(docs, d => Assert.NotNull(d.Metadata.Published));
        Assert.All(docs, d => Assert.False(string.IsNullOrEmpty(d.Metadata.Outlet)));
        Assert.Equal(docs.Count, docs.Select(d => d.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("harbor-times-20251021", "2025-10-21", "The Harbor Times", ContentKind.Html)]
    [InlineData("seoul-herald-20260107", "2026-01-07", "Seoul Daily Herald", ContentKind.Html)]
    [InlineData("gulf-dispatch-20260218", "2026-02-18", "Gulf Dispatch", ContentKind.Html)]
    [InlineData("kcna-20260114", "2026-01-14", "KCNA", ContentKind.Text)]
    [InlineData("meridian-20260114", "2026-01-14", "Meridian Wire", ContentKind.Html)]
    [InlineData("meridian-20260219", "2026-02-19", "Meridian Wire", ContentKind.Text)]
    public void Sample_metadata_comes_from_each_format(string name, string published, string outlet, ContentKind kind)
    {
        var doc = ReadAll().Single(d => d.Name == name);
        Assert.Equal(DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), doc.Metadata.Published);
        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.Equal(kind, doc.Kind);
    }

    [Fact]
    public void Samples_clean_without_leftover_boilerplate()
    {
        var cleaner = new ArticleCleaner();
        foreach (var raw in ReadAll())
        {
            var clean = cleaner.Clean(raw).Value;
            foreach (var marker in new[] { "CLICK HERE", "Sign up", "Subscribe", "Related", "Advertisement", "Copyright", "contributed to this report", "Most Read", "Share" })
            {
                Assert.DoesNotContain(marker, clean.Text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
