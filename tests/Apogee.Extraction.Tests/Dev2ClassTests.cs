namespace Apogee.Extraction.Tests;

/// <summary>
/// Category, range class and basing on the phrasings of real news: rocket artillery, strategic cruise missiles,
/// satellite carriers and glide vehicles by their many names, KCNA's own words for a launch; and class words that are
/// not about the launched thing (a denial, an aim, a programme, a railway station, a feared launch, an earlier one).
/// Synthetic text written for these tests (no corpus text); keys as in <see cref="Dev2RelevanceTests"/>.
/// </summary>
public class Dev2ClassTests
{
    private static readonly LaunchExtractor Extractor = LaunchExtractor.CreateDefault();

    [Theory]
    [InlineData("2024-05-13", "North Korea fired rockets from a super-large multiple rocket launcher into the East Sea on Monday, Seoul said.", "rel=true;cat=rocket_artillery")]
    [InlineData("2019-08-01", "Pyongyang, August 1 (KCNA) -- The Academy of Defence Science conducted a test-fire of a newly developed large-caliber multiple-rocket launcher on Wednesday.", "rel=true;cat=rocket_artillery")]
    [InlineData("2023-03-20", "The artillery units of the western front staged a firing contest of multiple rocket launchers on Sunday, KCNA said.", "rel=true;cat=rocket_artillery")]
    [InlineData("2021-09-13", "North Korea test-fired new long-range strategic cruise missiles over the weekend, state media reported.", "rel=true;cat=cruise")]
    [InlineData("2023-08-24", "The carrier rocket blasted off from the Sohae launching ground on Thursday but failed in its third stage, the space agency said.", "rel=true;cat=space_launch")]
    [InlineData("2024-01-21", "Iran launched a space launch vehicle carrying three research payloads on Saturday, state television said.", "rel=true;actor=Iran;cat=space_launch")]
    [InlineData("2012-04-13", "North Korea launches \u2018satellite,\u2019 drawing swift condemnation\n\nThe rocket lifted off at 7:39 a.m., officials in Seoul said.", "rel=true;cat=space_launch")]
    [InlineData("2024-04-03", "North Korea test-fired a new solid-fuel missile tipped with a hypersonic glide vehicle on Tuesday, state media said.", "rel=true;cat=hypersonic")]
    [InlineData("2023-02-20", "The long-range artillery sub-units conducted a fire-power strike drill with ballistic missiles on Sunday, KCNA said.", "rel=true;cat=ballistic")]
    [InlineData("2017-08-29", "Officials said the North had fired a midrange ballistic missile that flew over Hokkaido.", "rel=true;rc=MRBM")]
    [InlineData("2017-04-16", "Despite strong warnings from Washington, North Korea fired a ballistic missile on Sunday, Japan said.", "rel=true;cat=ballistic")]
    [InlineData("2017-11-29", "North Korea test-fired a new missile on Wednesday, KCNA said.\nKim congratulated the scientists who demonstrated the might of the country by succeeding in the test-fire of the new ICBM Hwasong-15.", "rel=true;rc=ICBM;name=Hwasong-15")]
    public void Launches_are_classed_by_the_many_names_of_what_was_fired(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);

    [Theory]
    // Denials, aims and programmes.
    [InlineData("2017-04-16", "North Korea fired a missile from near Sinpo on Sunday. U.S. officials said it was not an intercontinental ballistic missile.", "rc=null;cat=unknown")]
    [InlineData("2017-05-14", "North Korea fired a missile on Sunday. Analysts called it a big step in its quest to build an intercontinental ballistic missile.", "rc=null")]
    [InlineData("2019-05-09", "North Korea fired a missile on Thursday in defiance of the bans on its ballistic missile programmes.", "cat=unknown")]
    [InlineData("2017-05-14", "North Korea fired a new missile on Sunday. An expert noted that ICBMs are built in two or three stages.", "rc=null")]
    [InlineData("2016-02-07", "North Korea fired a rocket carrying a satellite on Sunday. It has successfully launched short- and medium-range missiles and is still working to develop an ICBM.", "rc=null;cat=space_launch")]
    // A railway station, a submarine base, a feared launch and an earlier launch are not this launch's class.
    [InlineData("2017-05-29", "North Korea fired a short-range ballistic missile on Monday, South Korea said.\nPeople watch the news on a television at a railway station in Seoul.", "basing=null;rc=SRBM")]
    [InlineData("2021-09-16", "North Korea fired two ballistic missiles from a train on Wednesday, in a drill of its railway-borne missile regiment.", "basing=rail")]
    [InlineData("2017-04-16", "North Korea fired a short-range missile from near Sinpo on Sunday. Sinpo is home to a submarine base where the North has tested the submarine-launched ballistic missile it is developing.", "basing=null")]
    [InlineData("2017-04-15", "North Korea fired a short-range missile on Saturday. Officials had feared North Korea might mark the anniversary by test-firing an intercontinental ballistic missile.", "rc=SRBM")]
    [InlineData("2017-04-16", "North Korea fired an unidentified missile on Sunday, the military said. The missile launched earlier this month was a Scud variant, officials said.", "name=null;cat=unknown")]
    // A launch told on another weekday, and the sentence going on about a dated earlier launch, are that launch's.
    [InlineData("2017-08-29", "North Korea fired a missile over Japan on Tuesday, officials said. Days earlier, on Saturday, it had launched three short-range missiles. The missile fired on Tuesday was an intermediate-range Hwasong-12, Japan said.", "rc=IRBM")]
    [InlineData("2017-08-28", "North Korea fires missile over Japan\n\nOnly days after it launched three short-range missiles on Saturday, the North fired again.\nThe missile it fired early Tuesday was an intermediate-range missile, officials said.\nIt was launched from near Pyongyang on Tuesday, the South Korean military said.", "rc=IRBM")]
    [InlineData("2017-11-26", "North Korea fired a ballistic missile over Hokkaido this morning, the JCS said.\nOn August 29, North Korea launched a missile over northern Japan. The Hwasong-12 intermediate-range ballistic missile flew about 2,700 km.", "rc=null;name=null")]
    public void Class_words_about_something_else_do_not_class_the_launch(string published, string text, string expected) =>
        Dev2Check.Run(Extractor, published, text, expected);
}
