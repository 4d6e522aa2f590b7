using Apogee.Core.Model;

namespace Apogee.Web.Tests.Support;

/// <summary>
/// Builds a synthetic article (text written for the tests, never copied from a real report) and its launch report:
/// claims name their sentence, and offsets are computed from the text so Text[Start..End] == Quote always holds.
/// </summary>
public sealed class SyntheticArticle(string name, DateOnly published, string outlet, string? title = null, string? url = null)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<(LaunchEvent Event, List<(string Field, ClaimValue Value, string Qualifier, string Source, string? Speaker, string Quote)> Claims)> _events = [];
    private readonly List<RemovedSpan> _removed = [];

    public SyntheticArticle Say(string paragraph)
    {
        _paragraphs.Add(paragraph);
        return this;
    }

    public SyntheticArticle Removed(string text, string reason)
    {
        _removed.Add(new RemovedSpan(text, reason));
        return this;
    }

    public SyntheticArticle Launch(LaunchEvent e)
    {
        _events.Add((e, []));
        return this;
    }

    /// <summary>A claim about the most recently added launch; <paramref name="quote"/> must be a sentence already said.</summary>
    public SyntheticArticle Claim(string field, ClaimValue value, string source, string quote, string qualifier = Vocabulary.Qualifiers.Exact, string? speaker = null)
    {
        _events[^1].Claims.Add((field, value, qualifier, source, speaker, quote));
        return this;
    }

    public (CleanDocument Document, LaunchReport Report) Build()
    {
        var text = string.Join("\n\n", _paragraphs);
        var doc = new CleanDocument(name, $"synthetic:{name}", text, new DocumentMetadata(published, url, outlet, title), _removed, []);
        var events = _events.Select(x => x.Event with
        {
            Claims = x.Claims.Select(c =>
            {
                var start = text.IndexOf(c.Quote, StringComparison.Ordinal);
                if (start < 0) throw new InvalidOperationException($"{name}: quote not in text: {c.Quote}");
                return new Claim(c.Field, c.Value, c.Qualifier, c.Source, c.Speaker, c.Quote, start, start + c.Quote.Length);
            }).ToList(),
        }).ToList();
        return (doc, new LaunchReport(name, published, events.Count > 0, events));
    }
}
