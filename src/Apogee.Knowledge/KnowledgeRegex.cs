using System.Text.RegularExpressions;

namespace Apogee.Knowledge;

/// <summary>Every regular expression of the knowledge project, source-generated.</summary>
internal static partial class KnowledgeRegex
{
    /// <summary>A CNS annotation in square brackets after an alias: "KN-24 [older CNS name (...)]".</summary>
    [GeneratedRegex(@"\s*\[[^\]]*\]\s*$")]
    public static partial Regex TrailingNote();

    /// <summary>A CNS name with a designation in parentheses: "Hwasong-11A (KN-23)".</summary>
    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<inner>[^()]+)\)\s*$")]
    public static partial Regex NameWithParenthesis();

    /// <summary>
    /// Words just before a mention that mark it as past: "former", "ex-", "then-", "late" (not "late Tuesday"), followed by
    /// nothing but title or nationality words ("former U.S. President"). Lowercase words other than title
    /// words break the link, so "the former leader met Prime Minister X" does not make X former.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:[Ff]ormer|[Ee]x|[Tt]hen)[\s\-\u2010\u2011]+|\b[Ll]ate\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)|\b(?:[Ff]irst|[Pp]revious)\s+)(?:(?:[A-Z][\w.'\u2019\-]*|(?i:president|prime|minister|secretary|defen[cs]e|chief|cabinet|of|the|state|war|u\.s\.))\s+)*$")]
    public static partial Regex FormerBefore();

    /// <summary>Words just after a mention that place it in the past: "Trump's first term", "Abe's previous administration".</summary>
    [GeneratedRegex(@"^['\u2019]s?\s+(?:first|previous|earlier|former|last|prior)\s+(?:term|administration|presidency|tenure|government|cabinet)\b", RegexOptions.IgnoreCase)]
    public static partial Regex FormerAfter();

    /// <summary>The word right before a mention, to tell whether a bare name is preceded by a title.</summary>
    [GeneratedRegex(@"(?<word>[\p{L}][\p{L}.\-\u2010\u2011]*)\s*$")]
    public static partial Regex PrecedingWord();

    /// <summary>A place name with a leading "the" or a trailing generic word ("North Phyongan Province", "the Sunan area").</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?<core>.+?)(?:\s+(?:province|county|city|district|area|region))?$", RegexOptions.IgnoreCase)]
    public static partial Regex GenericPlaceWords();
}
