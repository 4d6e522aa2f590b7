namespace Apogee.Ingest.Cleaning;

/// <summary>The fixed set of reasons a span is removed from an article (the <c>Reason</c> of a RemovedSpan).</summary>
public static class RemovalReasons
{
    /// <summary>Newsletter, sign-up, subscribe and "enter your email" prompts.</summary>
    public const string SignupPrompt = "signup-prompt";

    /// <summary>"CLICK HERE TO GET THE ... APP" and other app download banners.</summary>
    public const string AppBanner = "app-banner";

    public const string Advertisement = "advertisement";

    /// <summary>Headlines of other stories set in the flow: all-caps lines, bracketed links.</summary>
    public const string RelatedHeadline = "related-headline";

    /// <summary>A short title-like label set directly above a photo caption.</summary>
    public const string ImageLabel = "image-label";

    /// <summary>Photo captions (also kept apart in CleanDocument.Captions as dating evidence).</summary>
    public const string Caption = "caption";

    /// <summary>Lowercase keyword lists (a page's tags).</summary>
    public const string TagLine = "tag-line";

    /// <summary>"Related coverage:" / "Read more:" and the short headline lines after it.</summary>
    public const string RelatedList = "related-list";

    /// <summary>A block that is mostly link text (menus, teaser lists) inside the article body.</summary>
    public const string LinkList = "link-list";

    /// <summary>Agency credits and signatures: "contributed to this report", "(Reporting by ...)", "name@agency(END)".</summary>
    public const string WireCredit = "wire-credit";

    /// <summary>"By Jane Doe" on its own line.</summary>
    public const string Byline = "byline";

    /// <summary>Notes about the authors after the story.</summary>
    public const string AuthorNote = "author-note";

    /// <summary>Share, print, e-mail, follow-us lines.</summary>
    public const string ShareLine = "share-line";

    public const string Copyright = "copyright";

    /// <summary>Page furniture inside the body: nav, aside, footer, header, newsletter or share boxes.</summary>
    public const string PageChrome = "page-chrome";

    public static IReadOnlyList<string> All { get; } =
    [
        SignupPrompt, AppBanner, Advertisement, RelatedHeadline, ImageLabel, Caption, TagLine, RelatedList, LinkList,
        WireCredit, Byline, AuthorNote, ShareLine, Copyright, PageChrome,
    ];
}
