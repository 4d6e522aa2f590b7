using System.Text.RegularExpressions;

namespace Apogee.Ingest;

/// <summary>Every regular expression of the ingest project, compiled at build time.</summary>
internal static partial class IngestRegex
{
    /// <summary>Literal "&amp;nbsp;" runs (KCNA texts carry them as text) and real no-break spaces.</summary>
    [GeneratedRegex(@"[ \t]*(?:(?:&nbsp;|\u00A0)[ \t]*)+", RegexOptions.IgnoreCase)]
    public static partial Regex NbspRun();

    [GeneratedRegex(@"[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    public static partial Regex HorizontalSpace();

    [GeneratedRegex(@"\s+")]
    public static partial Regex AnyWhitespace();

    /// <summary>Stdin is HTML when it opens with (or soon carries) a document or block tag.</summary>
    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|article|main|p|div)[\s>/]", RegexOptions.IgnoreCase)]
    public static partial Regex LooksLikeHtml();

    /// <summary>The date part of an ISO-8601 timestamp, as written (its own offset is kept by taking it literally).</summary>
    [GeneratedRegex(@"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")]
    public static partial Regex IsoDatePrefix();

    /// <summary>RFC 822 dates of RSS: "Tue, 04 Mar 2025 07:30:00 +0900" (weekday and seconds optional).</summary>
    [GeneratedRegex(@"^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,4})?\s*$")]
    public static partial Regex Rfc822();

    /// <summary>Class or id names page templates give to chrome (generic words, no site's own names).</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|menu|sidebar|related|recommended|promo|newsletter|subscribe|signup|sign-up|share|sharing|social|comments?|advert|advertisement|ads?|breadcrumbs?|cookie|paywall|footer|masthead|outbrain|taboola)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    public static partial Regex ChromeClass();

    // ---- boilerplate paragraphs ----

    [GeneratedRegex(@"^(?:Join\b.{1,60}\bfor (?:free )?access\b|By (?:entering|submitting|providing) your email|Please enter a valid email|Enter your email|Subscribe\b.{0,40}\b(?:latest|newsletter|posts|updates|email|inbox)|Sign up\b.{0,60}\b(?:newsletter|email|inbox|updates|alerts|free)|Discover more from\b|Get (?:our|the)\b.{0,40}\bnewsletter|.{0,80}\bpremium content with your account\b|Already (?:a subscriber|have an account)|Create a free account|You(?:'ve| have) (?:reached|read) your (?:free )?(?:article )?limit)", RegexOptions.IgnoreCase)]
    public static partial Regex SignupPrompt();

    [GeneratedRegex(@"^(?:CLICK HERE TO (?:GET|DOWNLOAD)\b.*\bAPP\b|(?:Download|Get) (?:the|our)\b.{0,40}\bapp\b.{0,40}$)", RegexOptions.IgnoreCase)]
    public static partial Regex AppBanner();

    [GeneratedRegex(@"^(?:Advertisement|ADVERTISEMENT|Story continues below(?: this)? advertisement|Continue reading (?:the main story|below)|Sponsored(?: content)?)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Advertisement();

    /// <summary>
    /// A credit closing a photo caption: "(AP Photo/...)", "(... via AP)", "(Getty Images)", "(Lee Min/AP)", "(Yonhap)",
    /// "(Reuters)", "(KCNA/Kyodo)", "(KCNA-Yonhap)": a picture word, or a news/photo agency alone or after a slash or dash.
    /// </summary>
    [GeneratedRegex(@"\((?:[^()]*\b(?:Photo|Photograph|Images?|Pool|Handout|via [A-Z][\w.]*)\b[^()]*|(?:[^()]*[/-]\s*)?(?:AP|AFP|Reuters|Yonhap|Kyodo|KCNA|EPA|Xinhua|Getty Images|Bloomberg|NK News|Korea News Service|Rodong Sinmun|Jiji|Sputnik|TASS|IRNA|WANA|Tasnim|Fars|Anadolu)(?:\s*[/-][^()]*)?)\)\s*$")]
    public static partial Regex CaptionCredit();

    [GeneratedRegex(@"^(?:File (?:image|photo|picture)s?\b|(?:This|The) (?:undated |file )?(?:photo|picture|image)\b.{0,60}\b(?:shows|provided|released|taken)|Photo shows\b|Photos? (?:taken|released|provided) (?:on|by)\b|In this (?:undated |file )?(?:photo|image|picture)\b|A (?:screen grab|screenshot)\b)", RegexOptions.IgnoreCase)]
    public static partial Regex CaptionOpening();

    [GeneratedRegex(@"^(?:Related(?: coverage| articles| stories| news| reading| content)?|Read more|More on this(?: story)?|See also|Also read|Further reading|More from [^:]{1,40}|Recommended(?: stories)?|You may also like|Most read|Trending|Latest news)\s*:?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex RelatedHeader();

    [GeneratedRegex(@"^\[[^\[\]]{8,200}\]$")]
    public static partial Regex BracketedHeadline();

    [GeneratedRegex(@"(?:\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bcontributed reporting\b)", RegexOptions.IgnoreCase)]
    public static partial Regex ContributedCredit();

    [GeneratedRegex(@"^\(?(?:Additional )?(?:Reporting|Editing|Writing|Compiled|Graphics) by\b[^)]*\)?\.?$", RegexOptions.IgnoreCase)]
    public static partial Regex WireCredit();

    /// <summary>Wire signature lines: "name@agency.co.kr(END)", "-0-", "___", "==Kyodo".</summary>
    [GeneratedRegex(@"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\(END\))?|\(END\)|-0-|_{3,}|-{3,}|\*{3,}|={2,}\s*\w*)$")]
    public static partial Regex WireSignature();

    [GeneratedRegex(@"^(?:(?:Share|Print|Email|Tweet|Copy link|Save)(?: (?:this|the) (?:article|story|page))?(?:\s*[|/,•·]\s*(?:Share|Print|Email|Tweet|Copy link|Save|Facebook|Twitter|X|LinkedIn|WhatsApp))*|Share (?:on|via) \w+|Follow us on\b.{0,60})\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex ShareLine();

    [GeneratedRegex(@"^(?:Copyright\b|©|\(c\) \d{4}).{0,200}$|All rights reserved\.?\s*$|^This material may not be published, broadcast, rewritten", RegexOptions.IgnoreCase)]
    public static partial Regex Copyright();

    /// <summary>
    /// Author notes at a story's tail: "Jane Doe covers ... for ...", or a person "joined"/"is a" with newsroom words
    /// ("John Roe joined the Post after 20 years as a foreign correspondent").
    /// </summary>
    [GeneratedRegex(@"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3} (?:(?:covers|reports on|writes about)\b|(?:joined|is an?|is the|was an?)\b.{0,200}\b(?:correspondent|reporter|journalist|bureau chief|editor|staff writer|columnist|newsroom)s?\b)")]
    public static partial Regex AuthorNote();

    [GeneratedRegex(@"\p{Lu}")]
    public static partial Regex Upper();

    [GeneratedRegex(@"\p{Ll}")]
    public static partial Regex Lower();

    [GeneratedRegex(@"\p{L}+")]
    public static partial Regex Word();

    [GeneratedRegex(@"[.!?:;…][""'”’)\]]*$")]
    public static partial Regex EndsLikeSentence();

    [GeneratedRegex(@"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$")]
    public static partial Regex WeekdayAbbreviationEnd();

    /// <summary>
    /// A caption fused to the story's first paragraph by a scraper: it opens like a caption and its credit
    /// in parentheses is followed straight by story text ("... (KCNA-Yonhap)A major question is ...").
    /// </summary>
    [GeneratedRegex(@"^(?<caption>(?:File (?:image|photo|picture)|(?:This|The) (?:undated |file )?(?:photo|picture|image)|Photo shows|In this (?:undated |file )?(?:photo|image|picture))[^()]{0,500}\((?:[^()]*\b(?:Photo|via)\b[^()]*|[\w./ -]*(?:AP|AFP|Reuters|Yonhap|Kyodo|KCNA|EPA|Xinhua|Getty Images)[\w./ -]*)\))\s*(?<rest>\S.*)$", RegexOptions.Singleline)]
    public static partial Regex FusedCaption();

    /// <summary>A byline on its own line: "By Dana Holt", "By Ana Lopes and Ben Ortiz, Staff Writers".</summary>
    [GeneratedRegex(@"^By (?:[A-Z][\w.'-]+ ?){1,4}(?:(?:,| and| &) (?:[A-Z][\w.'-]+ ?){1,4}){0,3}(?:[,|] ?(?:[A-Z][\w'-]* ?){1,4})?$")]
    public static partial Regex Byline();
}
