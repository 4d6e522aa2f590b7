using Apogee.Core;

namespace Apogee.Knowledge.Compile;

/// <summary>
/// Compiles the knowledge source facts (CNS CSV files under ../shared/data/cns) into the committed TSV files
/// under data/. Pure text in, text out: the same input always gives byte-identical output.
/// </summary>
public static class KnowledgeCompiler
{
    /// <summary>Repository-relative path of the compiled gazetteer of CNS facilities.</summary>
    public const string FacilitiesOutput = "data/gazetteer/facilities.tsv";

    /// <summary>Repository-relative path of the compiled CNS missile list.</summary>
    public const string MissilesOutput = "data/missiles/missiles.tsv";

    /// <summary>Repository-relative path of the hand-written places (used to resolve facility provinces).</summary>
    public const string PlacesInput = "data/gazetteer/places.tsv";

    /// <summary>facilities.csv (+ places.tsv for province names) → facilities.tsv text.</summary>
    public static Result<string> CompileFacilities(string facilitiesCsv, string placesTsv) =>
        FacilityCompiler.Compile(facilitiesCsv, placesTsv);

    /// <summary>missiles.csv → missiles.tsv text.</summary>
    public static Result<string> CompileMissiles(string missilesCsv) => MissileCompiler.Compile(missilesCsv);

    /// <summary>
    /// Compiles every output from <paramref name="cnsFolder"/> (holding facilities.csv and missiles.csv) and
    /// the repository at <paramref name="repoRoot"/>; returns repository-relative path → compiled text.
    /// </summary>
    public static Result<IReadOnlyDictionary<string, string>> CompileAll(string cnsFolder, string repoRoot)
    {
        try
        {
            var places = File.ReadAllText(Path.Combine(repoRoot, PlacesInput));
            var facilities = CompileFacilities(File.ReadAllText(Path.Combine(cnsFolder, FacilityCompiler.SourceFile)), places);
            var missiles = CompileMissiles(File.ReadAllText(Path.Combine(cnsFolder, MissileCompiler.SourceFile)));
            if ((facilities.Error ?? missiles.Error) is { } error)
            {
                return Result<IReadOnlyDictionary<string, string>>.Fail(error);
            }

            return Result<IReadOnlyDictionary<string, string>>.Ok(new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                [FacilitiesOutput] = facilities.Value,
                [MissilesOutput] = missiles.Value,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<IReadOnlyDictionary<string, string>>.Fail(KnowledgeErrors.Unreadable(cnsFolder, e.Message));
        }
    }
}
