using Apogee.Core;

namespace Apogee.Knowledge.Data;

/// <summary>Reads the compiled knowledge files embedded in this assembly, so the tool works from any folder.</summary>
internal static class EmbeddedKnowledge
{
    public const string Facilities = "gazetteer/facilities.tsv";
    public const string Places = "gazetteer/places.tsv";
    public const string PlaceAliases = "gazetteer/aliases.tsv";
    public const string Seas = "gazetteer/seas.tsv";
    public const string NotPlaces = "gazetteer/not-places.tsv";
    public const string Missiles = "missiles/missiles.tsv";
    public const string MissileExtras = "missiles/extra.tsv";
    public const string NotMissiles = "missiles/not-missiles.tsv";
    public const string Officeholders = "officeholders.tsv";

    public static Result<string> Read(string file)
    {
        var name = "Apogee.Knowledge.Data." + file.Replace('/', '.');
        using var stream = typeof(EmbeddedKnowledge).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return Result<string>.Fail(KnowledgeErrors.MissingResource(file));
        }

        using var reader = new StreamReader(stream);
        return Result<string>.Ok(reader.ReadToEnd());
    }

    /// <summary>Builds a Default instance; embedded data is ours and tested, so a failure here is a build defect.</summary>
    public static T Build<T>(string what, Func<Result<T>> build)
    {
        var result = build();
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(KnowledgeErrors.InvalidKnowledge(what, result.Error!));
    }
}
