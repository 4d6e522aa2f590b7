using Apogee.Core.Model;
using Apogee.Core.Pipeline;

namespace Apogee.Extraction;

/// <summary>STUB (to be replaced by the extraction work): judges nothing relevant.</summary>
public sealed class LaunchExtractor : ILaunchExtractor
{
    public static LaunchExtractor CreateDefault() => new();

    public LaunchReport Extract(CleanDocument document) => new(document.Name, document.Metadata.Published, false, []);
}
