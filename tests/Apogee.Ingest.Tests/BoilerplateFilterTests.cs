using Apogee.Ingest.Cleaning;

namespace Apogee.Ingest.Tests;

/// <summary>The paragraph filter, one row per rule, plus story sentences that look a little like boilerplate and must stay.</summary>
public class BoilerplateFilterTests
{
    [Theory]
    [InlineData("Join Harbor News for access to this content", RemovalReasons.SignupPrompt)]
    [InlineData("By entering your email and pushing continue, you agree to the Terms of Use.", RemovalReasons.SignupPrompt)]
    [InlineData("Please enter a valid email address.", RemovalReasons.SignupPrompt)]
    [InlineData("Subscribe to get the latest posts sent to your email.", RemovalReasons.SignupPrompt)]
    [InlineData("Discover more from Pacific Ledger", RemovalReasons.SignupPrompt)]
    [InlineData("Sign up for our free morning newsletter", RemovalReasons.SignupPrompt)]
    [InlineData("Plus special access to select articles and other premium content with your account - free of charge.", RemovalReasons.SignupPrompt)]
    [InlineData("CLICK HERE TO GET THE HARBOR NEWS APP", RemovalReasons.AppBanner)]
    [InlineData("Download the Daily Meridian app", RemovalReasons.AppBanner)]
    [InlineData("Advertisement", RemovalReasons.Advertisement)]
    [InlineData("ADVERTISEMENT", RemovalReasons.Advertisement)]
    [InlineData("Story continues below advertisement", RemovalReasons.Advertisement)]
    [InlineData("SEOUL SAYS TALKS WITH PYONGYANG 'NOT ON THE TABLE' AFTER LATEST TEST", RemovalReasons.RelatedHeadline)]
    [InlineData("[Pyongyang unveils new launcher vehicle at parade]", RemovalReasons.RelatedHeadline)]
    [InlineData("missiles korean peninsula, defense ministry tokyo", RemovalReasons.TagLine)]
    [InlineData("Wire services contributed to this report.", RemovalReasons.WireCredit)]
    [InlineData("Staff writer Dana Holt in Tokyo contributed to this report.", RemovalReasons.WireCredit)]
    [InlineData("(Reporting by Ana Lopes; Editing by Tom Reyes)", RemovalReasons.WireCredit)]
    [InlineData("(Writing by Ben Ortiz; Additional reporting by Mia Sato)", RemovalReasons.WireCredit)]
    [InlineData("jdoe@agency.example(END)", RemovalReasons.WireCredit)]
    [InlineData("-0-", RemovalReasons.WireCredit)]
    [InlineData("___", RemovalReasons.WireCredit)]
    [InlineData("By Dana Holt", RemovalReasons.Byline)]
    [InlineData("By Ana Lopes and Ben Ortiz, Staff Writers", RemovalReasons.Byline)]
    [InlineData("Share this article", RemovalReasons.ShareLine)]
    [InlineData("Share | Print | Email", RemovalReasons.ShareLine)]
    [InlineData("Copyright 2026 Harbor News Media. All rights reserved.", RemovalReasons.Copyright)]
    [InlineData("© 2026 Pacific Ledger", RemovalReasons.Copyright)]
    public void Removes_boilerplate_paragraph_with_its_reason(string text, string reason)
    {
        Assert.Equal(reason, BoilerplateFilter.Classify(new Block(text)));
        var result = BoilerplateFilter.Filter([new Block("North Korea fired a missile on Monday, officials said."), new Block(text)]);
        Assert.Equal(reason, Assert.Single(result.Removed).Reason);
        Assert.Equal(text, Assert.Single(result.Removed).Text);
    }

    [Theory]
    [InlineData("SEOUL, March 3 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Tuesday, the JCS said.")]
    [InlineData("The missile flew about 600 km, according to a report by Seoul's Yonhap news agency (Yonhap), citing a military source.")]
    [InlineData("The DPRK's ICBM and SLBM programs violate UN Security Council resolutions, the US envoy said.")]
    [InlineData("NATO and the EU condemned the launch.")]
    [InlineData("\"We will respond firmly,\" the minister told reporters.")]
    [InlineData("The Joint Chiefs of Staff said it was analysing the launch data with the US.")]
    [InlineData("Officials said the subscription to the sanctions regime had broadened, with 40 states signing up.")]
    [InlineData("Kim Jong Un joined the celebration, state media said.")]
    [InlineData("Satellite or missile?")]
    [InlineData("By Tuesday, the launch had been confirmed by Tokyo.")]
    [InlineData("The Times reports:")]
    [InlineData("The report was first carried by the Associated Press (AP).")]
    [InlineData("Officials confirmed the launch to Japan's Kyodo News agency (Kyodo) on Monday.")]
    [InlineData("Japan's coast guard warned ships to keep clear of falling debris (photo below shows the warning map).")]
    [InlineData("Kim Jong Un Guides Test-fire of New-type Missile")]
    public void Keeps_story_sentences(string text)
    {
        var result = BoilerplateFilter.Filter([new Block(text), new Block("The launch was the third this month, officials said.")]);
        Assert.Empty(result.Removed);
        Assert.Equal(text, result.Kept[0]);
    }

    [Theory]
    [InlineData("A launcher vehicle is seen during a parade in Pyongyang on Feb. 8, 2026. (AP Photo/Jin Park)")]
    [InlineData("Officials watch a test at an undisclosed site on March 2, 2026. (KCNA/Kyodo)")]
    [InlineData("South Korean soldiers patrol the border on Jan. 3, 2026. (Yonhap)")]
    [InlineData("A TV screen shows a file image of a launch in Seoul. (Reuters)")]
    [InlineData("Kim Jong Un claps at a ceremony, Jan. 15, 2026. (Korean Central News Agency/Korea News Service via AP)")]
    [InlineData("File image of a missile launch on Dec. 18, 2025.")]
    [InlineData("Soldiers watch a news broadcast at a station in Seoul on March 4, 2026. (Lee Min-ho/AP)")]
    [InlineData("A missile is displayed at a park in Tehran on Feb. 9, 2026. (Getty Images)")]
    [InlineData("A missile is launched from an undisclosed location, Feb. 18, 2026. (WANA via Reuters)")]
    [InlineData("Photo shows a solid-fuel missile being test-fired on Jan. 5, 2026.")]
    public void Captions_are_removed_and_kept_apart(string caption)
    {
        var result = BoilerplateFilter.Filter([new Block("North Korea fired a missile on Monday, officials said."), new Block(caption)]);
        Assert.Equal(new[] { caption }, result.Captions);
        Assert.Equal(RemovalReasons.Caption, Assert.Single(result.Removed).Reason);
    }

    [Fact]
    public void Short_label_directly_above_a_caption_is_an_image_label()
    {
        var result = BoilerplateFilter.Filter(
        [
            new Block("The launch came two days after the talks, officials said."),
            new Block("Leader inspects launcher"),
            new Block("The leader inspects a launcher in Pyongyang on Jan. 2, 2026. (AP Photo/Lee Han)"),
            new Block("Analysts said the test was expected."),
        ]);
        Assert.Equal(["The launch came two days after the talks, officials said.", "Analysts said the test was expected."], result.Kept);
        Assert.Equal([RemovalReasons.ImageLabel, RemovalReasons.Caption], result.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void A_subheading_before_an_html_figure_is_kept()
    {
        var result = BoilerplateFilter.Filter(
        [
            new Block("The launch came two days after the talks, officials said."),
            new Block("Regional reaction"),
            new Block("Leaders meet in Tokyo on Jan. 2, 2026.", IsCaption: true),
        ]);
        Assert.Equal(["The launch came two days after the talks, officials said.", "Regional reaction"], result.Kept);
    }

    [Fact]
    public void Related_list_takes_its_header_and_the_headlines_under_it_then_stops()
    {
        var result = BoilerplateFilter.Filter(
        [
            new Block("The launch was the fourth this year, officials said."),
            new Block("Related coverage:"),
            new Block("Pyongyang test-fires cruise missiles off west coast"),
            new Block("Seoul, Tokyo hold security talks amid tension Thu."),
            new Block("Read more: earlier launches are listed in our timeline, which is updated daily by our desk staff and editors."),
        ]);
        Assert.Equal(3, result.Removed.Count(r => r.Reason == RemovalReasons.RelatedList));
        Assert.Equal(2, result.Kept.Count);
    }

    [Fact]
    public void Author_notes_go_only_at_the_tail()
    {
        var note = "Jane Roe covers security policy for the Pacific Ledger.";
        var atTail = BoilerplateFilter.Filter([new Block("A missile was fired on Monday, officials said."), new Block("It fell at sea."), new Block(note)]);
        Assert.Equal(RemovalReasons.AuthorNote, Assert.Single(atTail.Removed).Reason);

        var body = Enumerable.Range(1, 5).Select(i => new Block($"Paragraph {i} of the story says something, officials said.")).ToList();
        body.Insert(0, new Block("Lee Min covers the launch site, which sits near the coast, officials said."));
        Assert.Empty(BoilerplateFilter.Filter(body).Removed);
    }

    [Fact]
    public void Caption_glued_to_the_next_paragraph_is_split_off()
    {
        var result = BoilerplateFilter.Filter([new Block("This photo, released by state media on Friday, shows a launch. (KCNA-Yonhap)The launch was the first in a month, officials said.")]);
        Assert.Equal("This photo, released by state media on Friday, shows a launch. (KCNA-Yonhap)", Assert.Single(result.Captions));
        Assert.Equal("The launch was the first in a month, officials said.", Assert.Single(result.Kept));
    }

    [Fact]
    public void A_story_set_all_in_capitals_is_not_a_list_of_headlines()
    {
        var result = BoilerplateFilter.Filter(
        [
            new Block("NORTH KOREA FIRED TWO MISSILES INTO THE SEA ON MONDAY"),
            new Block("THE MILITARY SAID BOTH FLEW ABOUT 400 KM"),
            new Block("JAPAN LODGED A PROTEST WITH PYONGYANG"),
        ]);
        Assert.Empty(result.Removed);
    }

    [Theory]
    [InlineData("SEOUL (Reuters)")]
    [InlineData("TOKYO, March 3 (Kyodo)")]
    public void A_dateline_alone_is_not_a_caption(string text)
    {
        Assert.False(BoilerplateFilter.IsCaption(text));
    }

    [Fact]
    public void Link_heavy_short_blocks_are_link_lists()
    {
        Assert.Equal(RemovalReasons.LinkList, BoilerplateFilter.Classify(new Block("World Politics Business Tech", LinkDensity: 0.9)));
        Assert.Null(BoilerplateFilter.Classify(new Block("The missile flew 600 km, the ministry said.", LinkDensity: 0.9)));
    }

    [Fact]
    public void Every_reason_is_from_the_fixed_set()
    {
        Assert.Equal(RemovalReasons.All.Count, RemovalReasons.All.Distinct().Count());
        Assert.All(RemovalReasons.All, r => Assert.Matches("^[a-z]+(-[a-z]+)*$", r));
    }
}
