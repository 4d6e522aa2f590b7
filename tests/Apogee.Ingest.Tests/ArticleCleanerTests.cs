using Apogee.Core.Model;
using Apogee.Ingest.Cleaning;

namespace Apogee.Ingest.Tests;

public class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static RawDocument Text(string content) => new("doc", "doc.txt", content, ContentKind.Text, DocumentMetadata.Empty);

    [Fact]
    public void Text_lines_are_paragraphs_joined_by_blank_lines()
    {
        var clean = Cleaner.Clean(Text("First line, officials said.\nSecond line.\r\n\r\n\r\nThird line.\n")).Value;
        Assert.Equal("First line, officials said.\n\nSecond line.\n\nThird line.", clean.Text);
    }

    [Theory]
    // A statement wrapped at a fixed width, a wire copy with a trailing space, a paper's e-mail edition (three lines).
    [InlineData("The United States condemns the DPRK for its launch of a space\nlaunch vehicle using ballistic missile technology.", "The United States condemns the DPRK for its launch of a space launch vehicle using ballistic missile technology.")]
    [InlineData("The projectiles were believed to have a \nrange of more than 200 km.", "The projectiles were believed to have a range of more than 200 km.")]
    [InlineData("North Korea fired two missiles early\non Thursday, officials said, and they flew\nabout 400 km.", "North Korea fired two missiles early on Thursday, officials said, and they flew about 400 km.")]
    // Not wraps: a headline before its story, a finished sentence, a blank line between.
    [InlineData("North Korea fires missile\nThe launch came at dawn.", "North Korea fires missile\n\nThe launch came at dawn.")]
    [InlineData("It flew 600 km.\nofficials said nothing more.", "It flew 600 km.\n\nofficials said nothing more.")]
    [InlineData("The launch was\n\nconfirmed later.", "The launch was\n\nconfirmed later.")]
    public void A_line_that_only_wraps_a_sentence_joins_its_paragraph(string content, string expected)
    {
        Assert.Equal(expected, Cleaner.Clean(Text(content)).Value.Text);
    }

    [Theory]
    [InlineData("The moratorium lost its validity. &nbsp;&nbsp;&nbsp;", "The moratorium lost its validity.")]
    [InlineData("The envoy&nbsp;&nbsp;said so.", "The envoy said so.")]
    [InlineData("According to Tokyo media.\u00a0", "According to Tokyo media.")]
    [InlineData("Mixed &NBSP;\u00a0&nbsp; run here.", "Mixed run here.")]
    [InlineData("Seoul &amp; Tokyo said the &#8220;launch&#8221; was &quot;regrettable&quot;.", "Seoul & Tokyo said the \u201claunch\u201d was \"regrettable\".")]
    public void Nbsp_runs_become_one_space(string line, string expected)
    {
        Assert.Equal(expected, Cleaner.Clean(Text(line)).Value.Text);
    }

    [Fact]
    public void Removed_spans_and_captions_are_reported()
    {
        var raw = Text("""
            Join Harbor News for access to this content
            North Korea fired a missile on Tuesday, Seoul said.

            Missile test
            A missile is launched on Jan. 2, 2026. (AP Photo/Kim Ra)

            It flew 300 km.
            CLICK HERE TO GET THE HARBOR NEWS APP
            """);
        var clean = Cleaner.Clean(raw).Value;
        Assert.Equal("North Korea fired a missile on Tuesday, Seoul said.\n\nIt flew 300 km.", clean.Text);
        Assert.Equal(
            [RemovalReasons.SignupPrompt, RemovalReasons.ImageLabel, RemovalReasons.Caption, RemovalReasons.AppBanner],
            clean.Removed.Select(r => r.Reason));
        Assert.Equal(["A missile is launched on Jan. 2, 2026. (AP Photo/Kim Ra)"], clean.Captions);
        Assert.Equal(raw.Name, clean.Name);
    }

    [Theory]
    [InlineData("Advertisement\n\nShare this article")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void An_article_with_no_text_left_fails(string content)
    {
        var kind = content.StartsWith('<') ? ContentKind.Html : ContentKind.Text;
        var result = Cleaner.Clean(new RawDocument("empty-story", "x", content, kind, DocumentMetadata.Empty));
        Assert.False(result.IsSuccess);
        Assert.Equal("empty-story: no article text found", result.Error);
    }

    [Fact]
    public void Html_body_is_found_and_chrome_dropped()
    {
        var html = File.ReadAllText(RepoPaths.Fixture("page-with-chrome.html"));
        var clean = Cleaner.Clean(new RawDocument("page", "page.html", html, ContentKind.Html, DocumentMetadata.Empty)).Value;
        Assert.Equal(
            "Seoul reports missile launch off east coast\n\n"
            + "North Korea fired a short-range ballistic missile toward the sea off its east coast on Wednesday morning, South Korea's Joint Chiefs of Staff said.\n\n"
            + "The missile flew about 450 km before splashing down, the military said, adding that it was analysing the flight data with the United States.\n\n"
            + "Japan's Defense Ministry said the missile fell outside its exclusive economic zone & that no damage to ships had been reported.\n\n"
            + "The launch was the second in a week.\n\n"
            + "Officials in Tokyo called it \u201ca serious threat.\u201d",
            clean.Text);
        Assert.Equal(["A missile lifts off during a test on Jan. 14, 2026. (Harbor Times Photo/Min Lee)"], clean.Captions);
        Assert.DoesNotContain("World", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry strike", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("analytics", clean.Text, StringComparison.Ordinal);
        var reasons = clean.Removed.Select(r => r.Reason).ToHashSet();
        Assert.Contains(RemovalReasons.PageChrome, reasons);
        Assert.Contains(RemovalReasons.Advertisement, reasons);
        Assert.Contains(RemovalReasons.Caption, reasons);
        Assert.Contains(clean.Removed, r => r.Text.Contains("Asia briefing newsletter", StringComparison.Ordinal));
        Assert.Contains(clean.Removed, r => r.Text.Contains("Pyongyang parades new launchers", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_without_article_tag_uses_the_densest_paragraph_container()
    {
        const string html = """
            <html><body>
              <div id="top"><p><a href="/1">Home</a> <a href="/2">World</a></p><p><a href="/3">Sign in</a></p></div>
              <div id="content">
                <div class="story">
                  <p>A ballistic missile was fired from near the capital early on Sunday, the military said in a statement.</p>
                  <p>The projectile reached an altitude of about 50 km and flew 350 km east, according to officials.</p>
                  <p>It was the first launch reported this year, analysts noted, after weeks of rising tension.</p>
                </div>
                <div class="teasers"><p><a href="/x">Other story one</a></p><p><a href="/y">Other story two</a></p></div>
              </div>
            </body></html>
            """;
        var clean = Cleaner.Clean(new RawDocument("p", "p.html", html, ContentKind.Html, DocumentMetadata.Empty)).Value;
        Assert.StartsWith("A ballistic missile was fired", clean.Text, StringComparison.Ordinal);
        Assert.EndsWith("after weeks of rising tension.", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Other story", clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Teaser_articles_do_not_beat_a_denser_story_container()
    {
        const string html = """
            <html><body>
              <article class="card"><p><a href="/1">Ferry strike enters second week as talks stall</a></p></article>
              <div class="story-body">
                <p>The missile flew for about 12 minutes before falling into the sea, the defense ministry said on Monday.</p>
                <p>Officials said the launch was detected at 6:40 a.m. from an inland site in the north of the country.</p>
              </div>
            </body></html>
            """;
        var clean = Cleaner.Clean(new RawDocument("p", "p.html", html, ContentKind.Html, DocumentMetadata.Empty)).Value;
        Assert.StartsWith("The missile flew for about 12 minutes", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry strike", clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_split_by_ad_slots_is_kept_whole()
    {
        const string html = """
            <html><body>
              <div class="story">
                <div class="block"><p>North Korea fired two ballistic missiles on Thursday morning, Seoul's military said.</p>
                  <p>The missiles flew about 400 km and reached an altitude of 50 km, the Joint Chiefs of Staff said.</p></div>
                <div class="ad-slot"><p>Advertisement</p></div>
                <div class="block"><p>Japan said both missiles fell outside its exclusive economic zone, the ministry said.</p>
                  <p>It was the fifth launch this year, following a test of cruise missiles two weeks earlier.</p></div>
              </div>
              <div class="teasers"><p><a href="/1">Ferry strike enters its second week</a></p></div>
            </body></html>
            """;
        var clean = Cleaner.Clean(new RawDocument("p", "p.html", html, ContentKind.Html, DocumentMetadata.Empty)).Value;
        Assert.StartsWith("North Korea fired two ballistic missiles", clean.Text, StringComparison.Ordinal);
        Assert.EndsWith("two weeks earlier.", clean.Text, StringComparison.Ordinal);
        Assert.Equal(4, clean.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Sidebar_teasers_never_become_the_body()
    {
        const string html = """
            <html><body>
              <aside>
                <div><p>Teaser one is a rather long paragraph about ferries and bridges and the weather in the harbor this week.</p>
                <p>Teaser two is another long paragraph about markets, shipping rates and the price of fuel in the region.</p>
                <p>Teaser three describes a football match, the weather again, and a concert in the park on Sunday night.</p></div>
              </aside>
              <div class="comments-enabled"><div class="text">
                <p>North Korea fired a ballistic missile on Friday, the Joint Chiefs of Staff said.</p>
                <p>It flew about 300 km.</p>
              </div></div>
            </body></html>
            """;
        var clean = Cleaner.Clean(new RawDocument("p", "p.html", html, ContentKind.Html, DocumentMetadata.Empty)).Value;
        Assert.Equal("North Korea fired a ballistic missile on Friday, the Joint Chiefs of Staff said.\n\nIt flew about 300 km.", clean.Text);
    }

    [Fact]
    public void Script_rendered_page_falls_back_to_json_ld_article_body()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@type": "NewsArticle", "articleBody": "North Korea fired a cruise missile on Sunday, Seoul said.\nIt flew for two hours.\nAdvertisement"}
            </script></head><body><div id="app">Loading...</div></body></html>
            """;
        var clean = Cleaner.Clean(new RawDocument("spa", "spa.html", html, ContentKind.Html, DocumentMetadata.Empty)).Value;
        Assert.Equal("North Korea fired a cruise missile on Sunday, Seoul said.\n\nIt flew for two hours.", clean.Text);
    }

    [Fact]
    public void Clean_text_hash_is_stable_for_identical_input()
    {
        var a = Cleaner.Clean(Text("Same text here, officials said.")).Value;
        var b = Cleaner.Clean(Text("Same text here, officials said.")).Value;
        Assert.Equal(a.ContentHash, b.ContentHash);
    }

    [Theory]
    [InlineData(3_000)]
    public void Deeply_nested_html_cleans_without_crashing(int depth)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "<p>The missile flew 500 km, officials said.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var result = Cleaner.Clean(new RawDocument("deep", "deep.html", html, ContentKind.Html, DocumentMetadata.Empty));
        if (result.IsSuccess) Assert.Contains("The missile flew 500 km", result.Value.Text, StringComparison.Ordinal);
        else Assert.StartsWith("deep: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>unclosed <b>tags <i>everywhere")]
    [InlineData("<<<>>>&&&;;<p>North Korea fired a missile.")]
    [InlineData("<html><body><p>\u0000 weird</p></body></html>")]
    public void Malformed_html_never_throws(string html)
    {
        var result = Cleaner.Clean(new RawDocument("bad", "bad.html", html, ContentKind.Html, DocumentMetadata.Empty));
        Assert.True(result.IsSuccess || result.Error!.StartsWith("bad: ", StringComparison.Ordinal));
    }
}
