using Apogee.Core;
using Apogee.Knowledge.Data;
using Apogee.Knowledge.Text;

namespace Apogee.Knowledge;

/// <summary>
/// Places of North Korea that launches are reported from (CNS facilities, provinces, cities, coastal regions),
/// and, kept apart, the seas missiles fall into: a sea is never a launch site, so <see cref="FindAll"/> never
/// returns one; ask <see cref="FindSeas"/>.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Lazy = new(
        () => EmbeddedKnowledge.Build("gazetteer", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    // Stands for a phrase that contains a place name but names somewhere else ("the U.S. West Coast").
    private static readonly Place NotAPlace = new(string.Empty, string.Empty, null, null, [], null);

    private readonly PhraseMatcher<Place> _places;
    private readonly PhraseMatcher<Place> _seas;

    private Gazetteer(IReadOnlyList<Place> places, IReadOnlyList<Place> seas, IReadOnlyList<string> notPlaces)
    {
        Places = places;
        Seas = seas;
        var blocked = notPlaces.SelectMany(Romanisation.Variants).Select(p => new KeyValuePair<string, Place>(p, NotAPlace));
        _places = new PhraseMatcher<Place>(Phrases(places).Concat(blocked));
        _seas = new PhraseMatcher<Place>(Phrases(seas));
    }

    /// <summary>The gazetteer compiled into this assembly, loaded once.</summary>
    public static Gazetteer Default => Lazy.Value;

    /// <summary>Every launch-site place: facilities first, then places.tsv, each with its merged aliases.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Sea areas (Kind "sea"): impact areas, never launch sites.</summary>
    public IReadOnlyList<Place> Seas { get; }

    /// <summary>Every place mention: text order, non-overlapping, longest match wins, folded and word-bounded.</summary>
    public IReadOnlyList<PlaceMention> FindAll(string text) => Mentions(_places, text);

    /// <summary>Every sea mention ("Sea of Japan", "East Sea", "Yellow Sea", ...), same rules as <see cref="FindAll"/>.</summary>
    public IReadOnlyList<PlaceMention> FindSeas(string text) => Mentions(_seas, text);

    /// <summary>Kind of the entries of <see cref="Seas"/>.</summary>
    public const string SeaKind = PlaceFile.SeaKind;

    /// <summary>
    /// The place with this canonical name or alias (folded), or null; "North Phyongan Province" or "the Sunan
    /// area" find the place without the generic word when no entry has it. Seas are not launch places.
    /// </summary>
    public Place? Lookup(string name) => Find(_places, name);

    /// <summary>The sea with this canonical name or alias, or null.</summary>
    public Place? LookupSea(string name) => Find(_seas, name);

    /// <summary>
    /// Builds a gazetteer from the text of its files (not-places.tsv: phrases to ignore, may be omitted);
    /// a bad row fails with file and line.
    /// </summary>
    public static Result<Gazetteer> Load(string facilitiesTsv, string placesTsv, string aliasesTsv, string seasTsv, string notPlacesTsv = "Phrase\n")
    {
        var facilities = PlaceFile.Parse(EmbeddedKnowledge.Facilities, facilitiesTsv, PlaceFile.SiteKinds);
        var places = PlaceFile.Parse(EmbeddedKnowledge.Places, placesTsv, PlaceFile.SiteKinds);
        var aliases = PlaceFile.ParseAliases(EmbeddedKnowledge.PlaceAliases, aliasesTsv);
        var seas = PlaceFile.Parse(EmbeddedKnowledge.Seas, seasTsv, [PlaceFile.SeaKind]);
        var blocked = TsvTable.Parse(EmbeddedKnowledge.NotPlaces, notPlacesTsv, ["Phrase"]);
        var error = facilities.Error ?? places.Error ?? aliases.Error ?? seas.Error ?? blocked.Error;
        if (error is not null)
        {
            return Result<Gazetteer>.Fail(error);
        }

        var all = new List<Place>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (file, list) in new[] { (EmbeddedKnowledge.Facilities, facilities.Value), (EmbeddedKnowledge.Places, places.Value) })
        {
            foreach (var (line, place) in list)
            {
                if (!index.TryAdd(place.Name, all.Count))
                {
                    return Result<Gazetteer>.Fail(KnowledgeErrors.DuplicateName(file, line, place.Name));
                }

                all.Add(place);
            }
        }

        foreach (var (line, name, extra) in aliases.Value)
        {
            if (!index.TryGetValue(name, out var at))
            {
                return Result<Gazetteer>.Fail(KnowledgeErrors.UnknownName(EmbeddedKnowledge.PlaceAliases, line, name));
            }

            var merged = all[at].Aliases.Concat(extra).Distinct(StringComparer.Ordinal).ToArray();
            all[at] = all[at] with { Aliases = merged };
        }

        var notPlaces = blocked.Value.Rows.Select(r => blocked.Value.Get(r, "Phrase")).Where(p => p.Length > 0).ToArray();
        return Result<Gazetteer>.Ok(new Gazetteer(all, seas.Value.Select(s => s.Place).ToArray(), notPlaces));
    }

    private static Result<Gazetteer> LoadEmbedded()
    {
        var files = new[]
            {
                EmbeddedKnowledge.Facilities, EmbeddedKnowledge.Places, EmbeddedKnowledge.PlaceAliases, EmbeddedKnowledge.Seas, EmbeddedKnowledge.NotPlaces,
            }.Select(EmbeddedKnowledge.Read).ToArray();
        var failed = files.FirstOrDefault(f => !f.IsSuccess);
        return failed.Error is not null
            ? Result<Gazetteer>.Fail(failed.Error)
            : Load(files[0].Value, files[1].Value, files[2].Value, files[3].Value, files[4].Value);
    }

    /// <summary>
    /// Keys in priority order, because the first place to claim a key keeps it: every canonical name before
    /// any alias (so "Hamhung" is the city, not an alias of the Hungnam facility), written spellings before
    /// generated romanisation variants.
    /// </summary>
    internal static IEnumerable<KeyValuePair<string, Place>> Phrases(IReadOnlyList<Place> places)
    {
        foreach (var p in places)
        {
            yield return new(p.Name, p);
        }

        foreach (var p in places)
        {
            foreach (var alias in p.Aliases)
            {
                yield return new(alias, p);
            }
        }

        foreach (var p in places)
        {
            foreach (var name in p.Aliases.Prepend(p.Name))
            {
                foreach (var variant in Romanisation.Variants(name).Skip(1))
                {
                    yield return new(variant, p);
                }
            }
        }
    }

    private static Place? Find(PhraseMatcher<Place> matcher, string name)
    {
        if (matcher.TryGet(name, out var place) || matcher.TryGet(KnowledgeRegex.GenericPlaceWords().Match(name.Trim()).Groups["core"].Value, out place))
        {
            return ReferenceEquals(place, NotAPlace) ? null : place;
        }

        return null;
    }

    private static List<PlaceMention> Mentions(PhraseMatcher<Place> matcher, string text) =>
        matcher.FindAll(text).Where(m => !ReferenceEquals(m.Value, NotAPlace)).Select(m => new PlaceMention(m.Value, m.Start, m.Length, text.Substring(m.Start, m.Length))).ToList();
}
