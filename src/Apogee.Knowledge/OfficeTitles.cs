namespace Apogee.Knowledge;

/// <summary>
/// How reports write each office before a name ("Prime Minister Kishida"), and the words that, written just
/// before a bare name, show the name is used in some other capacity ("Foreign Minister Kishida").
/// </summary>
internal static class OfficeTitles
{
    private static readonly Dictionary<string, string[]> ByOffice = new(StringComparer.Ordinal)
    {
        ["Prime Minister"] = ["Prime Minister", "PM", "Premier"],
        ["Chief Cabinet Secretary"] = ["Chief Cabinet Secretary", "Cabinet Secretary", "top government spokesman", "top government spokesperson"],
        ["Defense Minister"] = ["Defense Minister", "Defence Minister", "Minister of Defense", "Minister of Defence", "Minister of National Defense", "Defense Chief"],
        ["President"] = ["President"],
        ["Defense Secretary"] = ["Defense Secretary", "Defence Secretary", "Secretary of Defense", "Secretary of War", "War Secretary", "Pentagon chief"],
        ["Supreme Leader"] = ["leader", "Supreme Leader", "Chairman", "General Secretary", "Marshal"],
        ["Vice President"] = ["Vice President", "Vice-President", "VP"],
        ["Senator"] = ["Senator", "Sen.", "Sen"],
        ["Secretary of State"] = ["Secretary of State", "State Secretary"],
        ["Deputy Secretary of State"] = ["Deputy Secretary of State"],
        ["CIA Director"] = ["CIA Director", "CIA chief", "CIA director"],
        ["Foreign Minister"] = ["Foreign Minister", "Minister of Foreign Affairs", "Foreign Affairs Minister"],
        ["National Security Adviser"] = ["National Security Adviser", "National Security Advisor"],
        ["National Security Director"] = ["National Security Director", "Director of National Security", "national security adviser", "National Security Adviser", "National Security Advisor"],
        ["UN Ambassador"] = ["UN Ambassador", "U.N. Ambassador", "Ambassador to the United Nations", "Ambassador to the UN", "Ambassador to the U.N."],
        ["UN Secretary-General"] = ["Secretary-General", "Secretary General", "UN Secretary-General", "U.N. Secretary-General", "UN chief", "U.N. chief"],
        ["Special Representative for North Korea"] = ["Special Representative for North Korea", "special representative for North Korea", "envoy for North Korea", "special envoy"],
    };

    /// <summary>Words that make a following untitled name refer to another role (or to someone not yet/no longer in office).</summary>
    private static readonly HashSet<string> OtherRoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "secretary", "governor", "gov", "senator", "sen", "representative", "rep", "ambassador", "mayor",
        "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "general", "leader", "lawmaker",
        "candidate", "president", "elect", "designate", "envoy", "chief", "director", "commissioner", "vice", "deputy", "nominee",
    };

    /// <summary>Words that, before a titled name, make the title another one ("Vice President Biden").</summary>
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase) { "vice", "deputy" };

    /// <summary>Capitalised words that may stand right before a bare surname without being a given name.</summary>
    private static readonly HashSet<string> NameNeighbours = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "when", "then", "but", "and", "as", "after", "before", "while", "if", "since",
        "although", "though", "meanwhile", "also", "so", "yet", "still", "later", "earlier", "both", "under", "with",
        "without", "from", "for", "by", "to", "at", "in", "on", "of", "that", "because", "even", "did", "does", "will",
        "would", "can", "could", "should", "has", "had", "have", "is", "was", "said", "says", "where", "once", "until", "how",
        "why", "what", "who", "whom", "whether", "not", "only", "now", "today", "here", "there", "the", "a", "an",
    };

    public static IReadOnlyList<string> For(string office) => ByOffice.TryGetValue(office, out var titles) ? titles : [];

    /// <summary>True when <paramref name="word"/> (possibly hyphenated: "Secretary-General") names a role.</summary>
    public static bool IsOtherRole(string word) =>
        word.Split('-', '.', '\u2010', '\u2011').Any(OtherRoleWords.Contains);

    public static bool MayPrecedeName(string word) => NameNeighbours.Contains(word.TrimEnd('.'));

    public static bool ModifiesTitle(string word) => TitleModifiers.Contains(word.Trim('.', '-'));
}
