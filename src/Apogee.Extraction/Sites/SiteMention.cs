using Apogee.Core.Model;

namespace Apogee.Extraction.Sites;

/// <summary>A launch site written in a sentence: the name as written and the gazetteer's canonical place (or a coast).</summary>
public sealed record SiteMention(string Surface, SiteRef Site, int Specificity, int At);
