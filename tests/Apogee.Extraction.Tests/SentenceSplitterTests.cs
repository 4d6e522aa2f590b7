using Apogee.Extraction.Sentences;
using FsCheck;
using FsCheck.Fluent;

namespace Apogee.Extraction.Tests;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new();

    [Theory]
    [InlineData("The U.S. military said it tracked the missile. It fell into the sea.", 2)]
    [InlineData("It flew on Jan. 5 from a site near the coast. Officials said so.", 2)]
    [InlineData("The launch came at 7 a.m. Tuesday, officials said. Nothing else happened.", 2)]
    [InlineData("The launch came at 7 a.m. The second came later.", 2)]
    [InlineData("Gen. Park J. Kim spoke to reporters. He said little.", 2)]
    [InlineData("\"We saw it,\" an official said. \"It was short.\"", 2)]
    [InlineData("Headline without a stop\nThe body starts here. And goes on.", 3)]
    [InlineData("It flew 600 km. Then it splashed down!  Really? Yes.", 4)]
    public void Splits_at_sentence_ends_but_not_after_abbreviations(string text, int expected)
    {
        Assert.Equal(expected, Splitter.Split(text).Count);
    }

    [Fact]
    public void Every_sentence_is_the_verbatim_slice_of_the_text_it_points_to()
    {
        string[] pieces = ["The JCS said", " the U.S. and Japan", " fired a missile.", " It flew 600 km", " at 7:27 a.m.", "\n", " \"Quote,\" he said.", " Jan. 5", "!", "  ", " Mr. Kim", "?", " Sea of Japan"];
        var gen = Gen.ArrayOf(Gen.Elements(pieces)).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), text => Splitter.Split(text).All(s => text.Substring(s.Start, s.End - s.Start) == s.Text && s.Text.Trim() == s.Text && s.Text.Length > 0))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sentences_are_in_order_and_do_not_overlap()
    {
        var s = Splitter.Split("One fired. Two fired.\nThree fired. Four.");
        Assert.Equal(["One fired.", "Two fired.", "Three fired.", "Four."], s.Select(x => x.Text));
        Assert.All(s.Zip(s.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
        Assert.Equal([0, 0, 1, 1], s.Select(x => x.Paragraph));
    }
}
