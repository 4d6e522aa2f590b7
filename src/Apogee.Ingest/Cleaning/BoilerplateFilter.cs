using Apogee.Core.Model;

namespace Apogee.Ingest.Cleaning;

/// <summary>
/// Sorts paragraphs into story and boilerplate by what they look like (prompts, credits, captions, headline lists),
/// never by which site they came from. Rules look at one paragraph, plus its neighbours where a pattern spans
/// several (a label above a caption, the headlines under "Related coverage:").
/// </summary>
public static class BoilerplateFilter
{
    /// <summary>Prompts and credits are short; a long paragraph that merely mentions one is story text.</summary>
    private const int MaxPromptLength = 400;

    private const int MaxCaptionLength = 600;

    /// <summary>A credit alone on a dateline ("SEOUL (Reuters)") is not a caption: captions describe a picture.</summary>
    private const int MinCaptionWords = 6;

    private const int MaxLabelWords = 8;

    private const int MaxTagWords = 20;

    private const int MaxHeadlineWords = 25;

    private const double MaxLinkDensity = 0.6;

    /// <summary>How many final paragraphs count as the story's tail, where author notes sit.</summary>
    private const int TailLength = 3;

    public static FilterResult Filter(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        blocks = blocks.SelectMany(SplitFusedCaption).ToArray();
        var captionAt = blocks.Select(b => b.IsCaption || IsCaption(b.Text)).ToArray();
        // An all-caps headline stands out only against ordinary text: a story set entirely in capitals
        // (old telex copy) must not lose every paragraph to that rule.
        var capsStandOut = blocks.Count(b => IngestRegex.Lower().IsMatch(b.Text)) * 2 >= blocks.Count;
        var kept = new List<string>();
        var removed = new List<RemovedSpan>();
        var captions = new List<string>();
        var inRelated = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            string? reason;
            if (captionAt[i])
            {
                captions.Add(text);
                reason = RemovalReasons.Caption;
            }
            else if (IngestRegex.RelatedHeader().IsMatch(text))
            {
                inRelated = true;
                reason = RemovalReasons.RelatedList;
            }
            else
            {
                reason = Classify(blocks[i]);
                if (reason == RemovalReasons.RelatedHeadline && !capsStandOut && !IngestRegex.BracketedHeadline().IsMatch(text)) reason = null;
                if (reason is null && inRelated && IsHeadlineLike(text)) reason = RemovalReasons.RelatedList;
                if (reason is null && (inRelated || i >= blocks.Count - TailLength) && IngestRegex.AuthorNote().IsMatch(text))
                {
                    reason = RemovalReasons.AuthorNote;
                }

                // Labels are an artefact of pages flattened to text; in HTML they sit inside the figure, and a short
                // line before a <figure> is a subheading of the story.
                if (reason is null && i + 1 < blocks.Count && captionAt[i + 1] && !blocks[i + 1].IsCaption && IsLabel(text))
                {
                    reason = RemovalReasons.ImageLabel;
                }
            }

            if (reason is null)
            {
                inRelated = false;
                kept.Add(text);
            }
            else
            {
                removed.Add(new RemovedSpan(text, reason));
            }
        }

        return new FilterResult(kept, removed, captions);
    }

    /// <summary>Separates a caption a scraper glued to the following paragraph, so neither is lost nor misfiled.</summary>
    private static IEnumerable<Block> SplitFusedCaption(Block block)
    {
        var m = block.IsCaption ? null : IngestRegex.FusedCaption().Match(block.Text);
        if (m is not { Success: true })
        {
            return [block];
        }

        return [new Block(m.Groups["caption"].Value.Trim(), IsCaption: true), block with { Text = m.Groups["rest"].Value }];
    }

    /// <summary>The reason a paragraph is boilerplate on its own, or null when it may be story text.</summary>
    public static string? Classify(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var t = block.Text;
        var shortText = t.Length <= MaxPromptLength;
        if (IngestRegex.Advertisement().IsMatch(t)) return RemovalReasons.Advertisement;
        if (shortText && IngestRegex.AppBanner().IsMatch(t)) return RemovalReasons.AppBanner;
        if (shortText && IngestRegex.SignupPrompt().IsMatch(t)) return RemovalReasons.SignupPrompt;
        if (shortText && (IngestRegex.WireCredit().IsMatch(t) || IngestRegex.WireSignature().IsMatch(t))) return RemovalReasons.WireCredit;
        if (shortText && IngestRegex.ContributedCredit().IsMatch(t) && CountWords(t) <= 40) return RemovalReasons.WireCredit;
        if (t.Length <= 120 && IngestRegex.Byline().IsMatch(t)) return RemovalReasons.Byline;
        if (shortText && IngestRegex.ShareLine().IsMatch(t)) return RemovalReasons.ShareLine;
        if (shortText && IngestRegex.Copyright().IsMatch(t)) return RemovalReasons.Copyright;
        if (IngestRegex.BracketedHeadline().IsMatch(t)) return RemovalReasons.RelatedHeadline;
        if (IsAllCapsHeadline(t)) return RemovalReasons.RelatedHeadline;
        if (IsTagLine(t)) return RemovalReasons.TagLine;
        if (block.LinkDensity >= MaxLinkDensity && !IsSentence(t)) return RemovalReasons.LinkList;
        return null;
    }

    /// <summary>A photo caption: closes with a photo or agency credit in parentheses, or opens like one ("File image of").</summary>
    public static bool IsCaption(string text) =>
        text.Length <= MaxCaptionLength
        && ((IngestRegex.CaptionCredit().IsMatch(text) && CountWords(text) >= MinCaptionWords) || IngestRegex.CaptionOpening().IsMatch(text));

    /// <summary>A headline of another story: capitals only (acronym-heavy sentences still have lowercase words).</summary>
    private static bool IsAllCapsHeadline(string t) =>
        !IngestRegex.Lower().IsMatch(t) && CountWords(t) >= 4 && IngestRegex.Upper().Count(t) >= 20;

    /// <summary>Keyword lists: lowercase words, maybe commas, no sentence ending.</summary>
    private static bool IsTagLine(string t) =>
        !IngestRegex.Upper().IsMatch(t) && IngestRegex.Lower().IsMatch(t) && CountWords(t) <= MaxTagWords && !IsSentence(t);

    /// <summary>A short, title-like line (the label some sites print above a photo's caption).</summary>
    private static bool IsLabel(string t) =>
        CountWords(t) <= MaxLabelWords && !IsSentence(t) && IngestRegex.Upper().IsMatch(t[..1]);

    /// <summary>A headline under "Related coverage:": short, no sentence ending (an abbreviated weekday like "Wed." is not one).</summary>
    private static bool IsHeadlineLike(string t) =>
        CountWords(t) <= MaxHeadlineWords && (!IsSentence(t) || IngestRegex.WeekdayAbbreviationEnd().IsMatch(t));

    private static bool IsSentence(string t) => IngestRegex.EndsLikeSentence().IsMatch(t);

    private static int CountWords(string t) => IngestRegex.Word().Count(t);
}
