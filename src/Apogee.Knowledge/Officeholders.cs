using Apogee.Core;
using Apogee.Knowledge.Data;
using Apogee.Knowledge.Text;

namespace Apogee.Knowledge;

/// <summary>
/// Heads of government, presidents, defence chiefs and chief cabinet secretaries of Japan, South Korea and the
/// United States (and North Korea's leaders) with their terms, so a report naming "Prime Minister Kishida"
/// can be dated to his term. Only unambiguous forms match: full names, title + surname, or a surname alone
/// when exactly one listed person bears it and it is not a common word or name ("Kim" matches nobody).
/// </summary>
public sealed class Officeholders
{
    private const int FormerWindow = 100;

    private static readonly Lazy<Officeholders> Lazy = new(
        () => EmbeddedKnowledge.Build("officeholder", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseMatcher<Pattern> _matcher;

    private Officeholders(IReadOnlyList<Officeholder> holders, PhraseMatcher<Pattern> matcher)
    {
        Holders = holders;
        _matcher = matcher;
    }

    /// <summary>The officeholders compiled into this assembly, loaded once.</summary>
    public static Officeholders Default => Lazy.Value;

    /// <summary>Every tenure, in file order.</summary>
    public IReadOnlyList<Officeholder> Holders { get; }

    /// <summary>
    /// Every officeholder mention in text order. A surface naming several tenures of one person yields one
    /// mention per tenure (same span); a bare name written after another role's title is skipped.
    /// </summary>
    public IReadOnlyList<OfficeholderMention> FindAll(string text)
    {
        var mentions = new List<OfficeholderMention>();
        foreach (var match in _matcher.FindAll(text))
        {
            var windowStart = Math.Max(0, match.Start - 40);
            var preceding = KnowledgeRegex.PrecedingWord().Match(text, windowStart, match.Start - windowStart);
            var word = preceding.Success ? preceding.Groups["word"].Value : string.Empty;
            var skip = match.Value.Form switch
            {
                Form.Titled => OfficeTitles.ModifiesTitle(word),
                Form.Full => OfficeTitles.IsOtherRole(word),
                // A capitalised word right before a bare surname is usually someone else's given name ("Leika Kihara").
                _ => OfficeTitles.IsOtherRole(word) || (word.Length > 0 && char.IsUpper(word[0]) && !OfficeTitles.MayPrecedeName(word)),
            };
            if (skip)
            {
                continue;
            }

            var former = IsFormer(text, match.Start, match.Length);
            var surface = text.Substring(match.Start, match.Length);
            mentions.AddRange(match.Value.Holders.Select(h => new OfficeholderMention(h, match.Start, match.Length, surface, former)));
        }

        return mentions;
    }

    /// <summary>Builds the list from the text of officeholders.tsv; a bad row fails with file and line.</summary>
    public static Result<Officeholders> Load(string officeholdersTsv)
    {
        var parsed = OfficeholderFile.Parse(EmbeddedKnowledge.Officeholders, officeholdersTsv);
        if (!parsed.IsSuccess)
        {
            return Result<Officeholders>.Fail(parsed.Error!);
        }

        var rows = parsed.Value;
        var keys = BuildKeys(rows);
        var holders = rows.Select(r => new Officeholder(r.Name, r.Office, r.Country, r.From, r.To,
            keys.Where(k => k.Value.Rows.Contains(r)).Select(k => k.Value.Surface).Order(StringComparer.Ordinal).ToArray())).ToArray();
        var byRow = rows.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => holders[x.i]);
        var matcher = new PhraseMatcher<Pattern>(keys.Values.Select(k =>
            new KeyValuePair<string, Pattern>(k.Surface, new Pattern(k.Rows.Select(r => byRow[r]).ToArray(), k.Form))));
        return Result<Officeholders>.Ok(new Officeholders(holders, matcher));
    }

    private static Result<Officeholders> LoadEmbedded()
    {
        var content = EmbeddedKnowledge.Read(EmbeddedKnowledge.Officeholders);
        return content.IsSuccess ? Load(content.Value) : Result<Officeholders>.Fail(content.Error!);
    }

    /// <summary>
    /// Every surface form (folded key → tenures). A key that two different people would produce
    /// ("President Kim", "President Bush") is ambiguous and dropped rather than guessed.
    /// </summary>
    private static SortedDictionary<string, Key> BuildKeys(IReadOnlyList<OfficeholderRow> rows)
    {
        var keys = new SortedDictionary<string, Key>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var bySurname = rows.GroupBy(r => TextFolding.Key(r.Surname)).ToDictionary(g => g.Key, g => g.Select(r => r.Name).Distinct().Count());
        foreach (var row in rows)
        {
            var fullNames = row.Variants.Prepend(row.Name).ToArray();
            var person = rows.Where(r => r.Name == row.Name).ToArray();
            foreach (var full in fullNames)
            {
                Add(full, person, Form.Full);
                foreach (var title in OfficeTitles.For(row.Office))
                {
                    Add(title + " " + full, [row], Form.Titled);
                }
            }

            foreach (var title in OfficeTitles.For(row.Office))
            {
                Add(title + " " + row.Surname, [row], Form.Titled);
            }

            if (row.Bare && bySurname[TextFolding.Key(row.Surname)] == 1)
            {
                Add(row.Surname, person, Form.Bare);
            }
        }

        foreach (var key in ambiguous)
        {
            keys.Remove(key);
        }

        return keys;

        void Add(string surface, IReadOnlyList<OfficeholderRow> tenures, Form form)
        {
            var folded = TextFolding.Key(surface);
            if (!keys.TryGetValue(folded, out var key))
            {
                keys[folded] = new Key(surface, tenures.ToList(), form);
                return;
            }

            if (key.Rows[0].Name != tenures[0].Name)
            {
                ambiguous.Add(folded);
                return;
            }

            key.Rows.AddRange(tenures.Where(t => !key.Rows.Contains(t)));
            key.Rows.Sort((a, b) => a.Line.CompareTo(b.Line));
        }
    }

    private static bool IsFormer(string text, int start, int length)
    {
        var from = Math.Max(0, start - FormerWindow);
        return KnowledgeRegex.FormerBefore().IsMatch(text.AsSpan(from, start - from))
            || KnowledgeRegex.FormerAfter().IsMatch(text.AsSpan(start + length, Math.Min(40, text.Length - start - length)));
    }

    private enum Form
    {
        Full,
        Titled,
        Bare,
    }

    private sealed record Key(string Surface, List<OfficeholderRow> Rows, Form Form);

    private sealed record Pattern(IReadOnlyList<Officeholder> Holders, Form Form);
}
