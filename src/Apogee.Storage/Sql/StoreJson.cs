using System.Globalization;
using System.Text.Json;
using Apogee.Core.Json;
using Apogee.Core.Model;
using Apogee.Core.Storage;

namespace Apogee.Storage.Sql;

/// <summary>JSON columns and ISO dates: the contract's own serialisation, so stored events read back as the contract shapes.</summary>
internal static class StoreJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, ContractJson.Compact);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, ContractJson.Options)
        ?? throw new InvalidDataException($"stored JSON does not hold a {typeof(T).Name}: {json}");

    /// <summary>A claim's evidence column: its supporting sentences as JSON, or null where one sentence says it.</summary>
    public static string? Evidence(Claim c) => c.Evidence is { Count: > 1 } e ? Write(e) : null;

    public static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Day(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static IReadOnlyList<FieldExplanation> Explanations(string json) => Read<List<FieldExplanation>>(json);
}
