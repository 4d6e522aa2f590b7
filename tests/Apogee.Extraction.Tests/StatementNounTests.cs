namespace Apogee.Extraction.Tests;

/// <summary>
/// Statements and reaction pieces that name one day's launches as a plural noun, or the launch as a "space launch";
/// reasons reached through what a launch defied; and a story dated in Washington that tells its launch again in the
/// site's own day. Synthetic text written for these tests (no corpus text); expectations as in
/// <see cref="Dev2RelevanceTests"/>, with day=EARLIEST..LATEST.
/// </summary>
public class StatementNounTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2023-05-31", "Statement from the NSC Spokesperson on the Democratic People\u2019s Republic of Korea\u2019s Space Launch", "rel=true;actor=North Korea;cat=space_launch")]
    [InlineData("2006-07-06", "Spokesman on its missile launches\n\nA spokesman gave the following answer as regards the missile launches in the country:\n\nIn the wake of the missile launches by the Korean People's Army the U.S. and its followers are making much ado.", "rel=true;actor=North Korea")]
    [InlineData("2016-09-05", "Beijing urges calm after North Korea's missile launches\n\nChina on Tuesday urged restraint after the missile launches by North Korea earlier in the day.", "rel=true;actor=North Korea")]
    [InlineData("2022-01-18", "The European Union condemned the ballistic missile launches, its spokesman said.", "rel=true")]
    [InlineData("2017-07-05", "UNITED NATIONS - The United States cautioned on Wednesday it was ready to use force if need be but said it preferred global diplomatic action against Pyongyang for defying world powers by test launching a ballistic missile that could hit Alaska.", "rel=true;actor=North Korea")]
    [InlineData("2017-12-01", "Seoul slaps sanctions on Pyongyang for flouting UN resolutions by launching an ICBM on Friday.", "rel=true;actor=North Korea;rc=ICBM")]
    [InlineData("2022-03-25", "Tokyo froze more assets on Friday, citing the North's conduct in violating its obligations by firing a long-range missile.", "rel=true;actor=North Korea")]
    // A headline's present tense with "latest"/"newest" before what it launched.
    [InlineData("2018-02-27", "Japan launches latest North Korea spy satellite", "rel=true;actor=Japan;cat=space_launch")]
    [InlineData("2024-01-28", "Iran launches newest Simorgh rocket carrying three satellites", "rel=true;actor=Iran;cat=space_launch")]
    [InlineData("2023-03-16", "North Korea fires latest ICBM toward Japan sea, Seoul says", "rel=true;actor=North Korea;rc=ICBM")]
    [InlineData("2021-03-26", "Test-fire of new-type tactical guided weapon conducted", "rel=true;actor=North Korea")]
    public void A_plural_or_statement_noun_of_one_day_reports_the_launch(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);

    [Theory]
    [InlineData("2017-07-05", "Pyongyang's missile launches are banned by UN resolutions, analysts said.", "rel=false")]
    [InlineData("2023-03-16", "North Korea launches latest propaganda campaign against Seoul", "rel=false")]
    // "launches" is a launch noun too, but as the verb it names nothing launched.
    [InlineData("2023-03-16", "North Korea launches new cyberattack on South Korean banks", "rel=false")]
    [InlineData("2023-03-16", "Seoul launches a probe into leaked defence documents", "rel=false")]
    [InlineData("2017-07-05", "The council warned it would punish Pyongyang for defying the world by launching more missiles.", "rel=false")]
    [InlineData("2017-07-05", "North Korea's Sohae Space Launch Station has seen new construction, imagery shows.", "rel=false")]
    [InlineData("2017-07-05", "Japan is preparing for the missile launches by North Korea expected next week.", "rel=false")]
    public void The_programme_a_threat_or_a_site_reports_no_launch(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);

    [Theory]
    [InlineData("2026-01-04", "U.S. aware of N.K. missile launches\n\nWASHINGTON, Jan. 3 (Yonhap) -- A U.S. military command said Saturday it is aware of North Korea's missile launches this week. The command issued a statement after Pyongyang lobbed multiple ballistic missiles toward the East Sea on Sunday morning (Korea time).", "day=2026-01-04..2026-01-04")]
    [InlineData("2019-05-09", "Pentagon notes missile launches\n\nWASHINGTON - The Pentagon said Wednesday it was aware of the missile launches. North Korea fired two short-range missiles on Thursday, Seoul time, the South's military said.", "day=2019-05-09..2019-05-09")]
    [InlineData("2022-11-03", "Washington reacts to launches\n\nThe State Department said Wednesday it had taken note of the missile launches. The North fired an ICBM and two shorter-range missiles on Thursday local time, Japan said.", "day=2022-11-03..2022-11-03")]
    public void The_site_day_a_later_sentence_names_is_the_lead_launch_told_again(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);

    [Theory]
    // Where the picture or story came from is no launch site.
    [InlineData("2017-07-05", "North Korea fired an ICBM on Tuesday, the South said.\n\nKim Jong Un watches the test-launch in this undated photo released by the Korean Central News Agency (KCNA) in Pyongyang July 5, 2017.", "site=null")]
    [InlineData("2022-03-25", "The North test-fired a new ICBM on Thursday.\n\nThe launch is seen in a picture distributed by the state news agency in Pyongyang on Friday.", "site=null")]
    [InlineData("2023-04-14", "North Korea launched a solid-fuel missile on Thursday.\n\nFootage aired by KCTV in Pyongyang showed the leader watching.", "site=null")]
    // A site the launch sentence gives stays.
    [InlineData("2017-07-05", "North Korea fired an ICBM from near Kusong on Tuesday, the agency in Seoul said.", "site=Kusong")]
    public void A_release_place_is_no_launch_site(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
