using Apogee.Core.Model;
using Apogee.Extraction.Quantities;

namespace Apogee.Extraction.Tests;

/// <summary>
/// The count when no number is written (<see cref="CountFinder.Implied"/>): an ordinal counts launches, not what one
/// launch fired, and a force's firing drill fires a number of rounds. Synthetic sentences.
/// </summary>
public class ImpliedCountTests
{
    [Theory]
    // An ordinal before the noun leaves the number to the other sentences.
    [InlineData("North Korea launches second projectile in less than a week", "North Korea launched suspected short-range missiles on Thursday, Seoul said.", 2, null)]
    [InlineData("Pyongyang fires its third ballistic missile this month", "The rockets flew east, the JCS said.", 2, null)]
    [InlineData("N. Korea test-fires 4th missile in two weeks", "The launch came early on Saturday, officials said.", 1, 1)]
    [InlineData("North Korea fires second missile in a week", "It flew 400 km before landing in the sea.", 1, 1)]
    // The noun's own number where no ordinal stands.
    [InlineData("North Korea fires a ballistic missile", "The rockets of the 1990s were less accurate.", 1, 1)]
    [InlineData("North Korea fires missiles into the sea", "It was the second launch this week.", 2, null)]
    // A drill names the rockets only as a modifier: two or more, unless a sentence names what it launched.
    [InlineData("Kim guides rocket firing drill", "Pyongyang, July 27 (KCNA) -- Kim Jong Un guided a rocket firing drill of the strategic force on the spot.", 2, null)]
    [InlineData("Leader watches ballistic rocket launch drill of KPA units", "The drill was conducted under a combat order.", 2, null)]
    [InlineData("Artillery units hold firepower strike drill near the border", "State media said the exercise was a success.", 2, null)]
    [InlineData("Kim oversees sudden launching drill", "A Hwasong-15 ICBM was launched from Pyongyang airport, KCNA said.", 1, 1)]
    public void A_count_no_number_gives_comes_from_what_the_sentences_launched(string primary, string other, int min, int? max) =>
        Assert.Equal(max is null ? CountRange.AtLeast(min) : CountRange.Exactly(min), CountFinder.Implied(primary, [other]));
}
