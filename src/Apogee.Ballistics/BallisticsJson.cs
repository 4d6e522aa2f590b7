using System.Text.Json;
using System.Text.Json.Serialization;

namespace Apogee.Ballistics;

/// <summary>
/// The one JSON form of an analysis (snake_case, enums as snake_case strings, nulls written so the shape never
/// changes). show, the API and exports embed exactly this.
/// </summary>
public static class BallisticsJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions CompactOptions { get; } = Create(indented: false);

    public static string Serialize(BallisticsAnalysis analysis, bool indented = true) =>
        JsonSerializer.Serialize(analysis, indented ? Options : CompactOptions);

    private static JsonSerializerOptions Create(bool indented)
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = indented,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
